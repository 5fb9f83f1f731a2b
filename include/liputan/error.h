#pragma once

#include <stdexcept>
#include <string>

#include "liputan/export.h"

namespace liputan {

// Classes of failure. The values are the exit codes the CLI maps them to (BSD sysexits), so a
// script can tell bad data from a missing file from a bug.
enum class ErrorCode : int {
  kUsage = 64,     // the command was called wrongly
  kData = 65,      // the input is malformed
  kNoInput = 66,   // an input file is missing or unreadable
  kInternal = 70,  // a bug or an unexpected library failure
  kIo = 74,        // reading or writing failed (disk full, permissions on output)
};

// What library code throws for anything that stops an operation, the public API included (one
// type inside and out: nothing is translated at the boundary). The location names the subject
// ("tweets.jsonl:17", "model.liputan/manifest.json"); what() gives "location: message".
class LIPUTAN_API Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message, const std::string& location = "");

  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& location() const { return location_; }

 private:
  ErrorCode code_;
  std::string message_;
  std::string location_;
};

}  // namespace liputan
