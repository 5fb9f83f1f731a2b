#pragma once

#include <string>
#include <vector>

#include "models/training_example.h"

namespace liputan {

// The training data a bundle may carry (`train --keep-training-data`), so that `train --base`
// can retrain the bundle's recipe on it plus a user's labels (docs/annotate.md). One JSON object
// per line, gzip-compressed: {"text": "...", "labels": {"sektor": ["..."], ...}}, in training
// order, so that reading it back gives examples with the manifest's training digest.
inline constexpr const char* kTrainingDataFile = "training_data.jsonl.gz";

// SHA-256 over every example's label sets, labels and text, in order: the manifest's
// training_data.sha256.
std::string TrainingDataSha256(const std::vector<TrainingExample>& examples);

// Writes `examples` to `path` (plain, not atomic: the trainer writes it inside the bundle it
// builds beside the target). Throws Error(kIo), or Error(kData) for text that is not UTF-8.
void WriteTrainingDataFile(const std::string& path, const std::vector<TrainingExample>& examples);

// Reads a file WriteTrainingDataFile wrote; examples are located "path:line". Throws
// Error(kNoInput) when it is missing, Error(kData) naming path:line when a line is damaged, and
// Error(kData) naming the file when its digest is not `expected_sha256` (unless that is empty).
std::vector<TrainingExample> ReadTrainingDataFile(const std::string& path,
                                                  const std::string& expected_sha256 = "");

}  // namespace liputan
