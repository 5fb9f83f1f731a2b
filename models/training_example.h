#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace liputan {

// One labeled text for training or evaluation: label set name → its labels ("label" for
// fastText-format data). `location` ("file:line") names it in messages.
struct TrainingExample {
  std::string text;
  std::map<std::string, std::vector<std::string>> labels;
  std::string location;
};

}  // namespace liputan
