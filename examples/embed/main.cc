// Uses liputan's public API: tokenize a sentence, stem a word, classify two texts with the default
// model, count the posts of an archive. Usage: embed ARCHIVE [MODEL_DIR]
#include <liputan/liputan.h>

#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: embed ARCHIVE [MODEL_DIR]\n");
    return 64;
  }
  try {
    std::printf("liputan %s (library %s)\n", LIPUTAN_VERSION, liputan::LibraryVersion());

    const liputan::Tokenizer tokenizer;
    std::string line;
    for (const liputan::Token& token : tokenizer.Tokenize("Cek info @DinkesKab di #SehatBersama"))
      line += std::string(liputan::TokenTypeName(token.type)) + ":" + token.text + " ";
    std::printf("tokens: %s\n", line.c_str());

    std::printf("stem: menemukan -> %s\n", liputan::Stemmer::Default().Stem("menemukan").c_str());

    const std::string model =
        argc > 2 ? argv[2] : std::string(EMBED_DATA_DIR) + "/models/default.liputan";
    const liputan::Classifier classifier = liputan::Classifier::Load(model);
    const std::vector<std::string> texts{
        "Jadwal vaksinasi anak di puskesmas kecamatan dibuka besok pagi",
        "Perbaikan jalan dan jembatan desa dimulai minggu ini"};
    const std::vector<liputan::Predictions> predictions = classifier.Classify(texts, 2);
    for (size_t i = 0; i < texts.size(); ++i) {
      std::printf("classify %zu: sektor=%s fungsi=%s\n", i + 1,
                  predictions[i].Top("sektor").c_str(), predictions[i].Top("fungsi").c_str());
    }

    liputan::ArchiveReader reader({argv[1]});
    liputan::Post post;
    long long count = 0;
    while (reader.Next(post)) ++count;
    std::printf("posts: %lld\n", count);
  } catch (const liputan::Error& error) {
    std::fprintf(stderr, "embed: %s\n", error.what());
    return static_cast<int>(error.code());
  }
  return 0;
}
