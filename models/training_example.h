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
  // How many posts this example stands for: 1, or 1/inclusion_p for a post of a `validate`
  // annotation sample (corpora/annotation_file.h), so that estimates from it are unbiased.
  double weight = 1.0;
};

}  // namespace liputan
