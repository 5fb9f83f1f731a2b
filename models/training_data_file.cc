#include "models/training_data_file.h"

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "common/archive_source.h"
#include "common/error.h"
#include "common/line_reader.h"
#include "models/sha256.h"

namespace liputan {
namespace {

using Json = nlohmann::json;

std::string ExampleLine(const TrainingExample& e, const std::string& path) {
  Json j;
  j["text"] = e.text;
  j["labels"] = Json::object();
  for (const auto& [set, labels] : e.labels) j["labels"][set] = labels;
  try {
    return j.dump() + "\n";
  } catch (const Json::exception&) {
    throw Error(ErrorCode::kData, "training text is not valid UTF-8 (" + e.location + ")", path);
  }
}

TrainingExample ParseExample(std::string_view line, const std::string& location) {
  TrainingExample e;
  try {
    Json j = Json::parse(line);
    e.text = j.at("text").get<std::string>();
    for (const auto& [set, labels] : j.at("labels").items())
      e.labels[set] = labels.get<std::vector<std::string>>();
  } catch (const Json::exception& ex) {
    throw Error(ErrorCode::kData, std::string("damaged training data line: ") + ex.what(),
                location);
  }
  e.location = location;
  return e;
}

}  // namespace

std::string TrainingDataSha256(const std::vector<TrainingExample>& examples) {
  Sha256 sha;
  for (const auto& e : examples) {
    for (const auto& [set, labels] : e.labels) {
      sha.Update(set);
      for (const auto& l : labels) {
        sha.Update("\x1f");
        sha.Update(l);
      }
      sha.Update("\x1e");
    }
    sha.Update(e.text);
    sha.Update("\n");
  }
  return sha.HexDigest();
}

void WriteTrainingDataFile(const std::string& path, const std::vector<TrainingExample>& examples) {
  std::unique_ptr<archive, int (*)(archive*)> a(archive_write_new(), archive_write_free);
  std::unique_ptr<archive_entry, void (*)(archive_entry*)> entry(archive_entry_new(),
                                                                 archive_entry_free);
  auto check = [&](int status) {
    if (status < ARCHIVE_WARN)
      throw Error(ErrorCode::kIo,
                  std::string("cannot write the training data: ") + archive_error_string(a.get()),
                  path);
  };
  check(archive_write_add_filter_gzip(a.get()));
  check(archive_write_set_format_raw(a.get()));
  check(archive_write_open_filename(a.get(), path.c_str()));
  archive_entry_set_filetype(entry.get(), AE_IFREG);
  check(archive_write_header(a.get(), entry.get()));
  std::string chunk;
  for (const auto& e : examples) {
    chunk += ExampleLine(e, path);
    if (chunk.size() < (1 << 20)) continue;
    if (archive_write_data(a.get(), chunk.data(), chunk.size()) < 0) check(ARCHIVE_FATAL);
    chunk.clear();
  }
  if (!chunk.empty() && archive_write_data(a.get(), chunk.data(), chunk.size()) < 0)
    check(ARCHIVE_FATAL);
  check(archive_write_close(a.get()));
}

std::vector<TrainingExample> ReadTrainingDataFile(const std::string& path,
                                                  const std::string& expected_sha256) {
  LineReader reader(OpenInputSource(path));
  std::vector<TrainingExample> examples;
  std::string_view line;
  while (reader.Next(line)) {
    if (line.empty()) continue;
    examples.push_back(ParseExample(line, reader.location()));
  }
  if (!expected_sha256.empty() && TrainingDataSha256(examples) != expected_sha256) {
    throw Error(ErrorCode::kData,
                "the training data does not match the manifest's training digest (damaged or "
                "replaced)",
                path);
  }
  return examples;
}

}  // namespace liputan
