// libFuzzer target: the model-bundle manifest parser and the bundle loader. The first byte picks
// the mode: odd → the rest is manifest.json (Manifest::FromJson, and a ToJson/FromJson round trip
// that must be stable); even → the rest is the fastText model file (.bin, or .ftz when bit 1 is
// set) of a bundle whose manifest matches its size and SHA-256, so the bytes reach the structural
// check and fastText itself. Loading may refuse (liputan::Error) but never crash.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "common/error.h"
#include "models/manifest.h"
#include "models/model_bundle.h"
#include "models/sha256.h"
#include "tokenizer/tokenizer.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

const std::string& BundleDir() {
  static const std::string dir = [] {
    std::string base = ::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    std::string d = base + "/liputan-model-fuzz-" + std::to_string(::getpid()) + ".liputan";
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

liputan::Manifest TemplateManifest() {
  static const liputan::Manifest manifest = [] {
    liputan::Manifest m;
    m.created_by = "liputan fuzz";
    m.lexicon_hashes = liputan::Tokenizer(m.tokenizer).LexiconHashes();
    m.training_data.examples = 2;
    liputan::ManifestLabelSet set;
    set.name = "label";
    set.examples = 2;
    set.labels = {{"infra", 1, 0.0}, {"kes", 1, 0.0}};
    m.label_sets.push_back(set);
    return m;
  }();
  return manifest;
}

void FuzzManifest(std::string_view json) {
  try {
    liputan::Manifest m = liputan::Manifest::FromJson(std::string(json), "fuzz/manifest.json");
    std::string once = m.ToJson();
    Check(liputan::Manifest::FromJson(once, "fuzz/again.json").ToJson() == once);
  } catch (const liputan::Error&) {
  }
}

void FuzzModelFile(std::string_view bytes, bool quantized) {
  liputan::Manifest m = TemplateManifest();
  auto& set = m.label_sets[0];
  set.quantized = quantized;
  set.file = quantized ? "label.ftz" : "label.bin";
  {
    std::ofstream out(BundleDir() + "/" + set.file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  liputan::Sha256 sha;
  sha.Update(bytes);
  set.file_sha256 = sha.HexDigest();
  set.file_bytes = static_cast<int64_t>(bytes.size());
  liputan::WriteManifest(BundleDir(), m);
  try {
    liputan::ModelBundle bundle = liputan::ModelBundle::Load(BundleDir());
    liputan::PredictScratch scratch;
    std::vector<liputan::Prediction> out;
    bundle.Predict(0, "jalan rusak di desa", 2, out, scratch);
  } catch (const liputan::Error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] & 1) {
    FuzzManifest(rest);
  } else {
    FuzzModelFile(rest, data[0] & 2);
  }
  return 0;
}
