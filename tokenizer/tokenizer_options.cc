#include "tokenizer/tokenizer_options.h"

#include <nlohmann/json.hpp>

#include "common/error.h"

namespace liputan {

namespace {

const char* PolicyName(InvalidUtf8Policy policy) {
  return policy == InvalidUtf8Policy::kReject ? "reject" : "replace";
}

[[noreturn]] void Bad(const std::string& what) {
  throw Error(ErrorCode::kData, "tokenizer options: " + what);
}

bool GetBool(const nlohmann::json& value, const std::string& key) {
  if (!value.is_boolean()) Bad("\"" + key + "\" must be true or false");
  return value.get<bool>();
}

}  // namespace

std::string TokenizerOptions::ToJson() const {
  nlohmann::json j;  // an object is a sorted map, so the keys come out sorted
  j["drop_punctuation"] = drop_punctuation;
  j["drop_stopwords"] = drop_stopwords;
  j["invalid_utf8"] = PolicyName(invalid_utf8);
  j["preserve"] = preserve;
  j["split_clitics"] = split_clitics;
  j["stem"] = stem;
  return j.dump();
}

TokenizerOptions TokenizerOptions::FromJson(const std::string& json) {
  nlohmann::json j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) Bad("not valid JSON");
  if (!j.is_object()) Bad("expected a JSON object");
  TokenizerOptions options;
  for (const auto& [key, value] : j.items()) {
    if (key == "drop_punctuation") {
      options.drop_punctuation = GetBool(value, key);
    } else if (key == "drop_stopwords") {
      options.drop_stopwords = GetBool(value, key);
    } else if (key == "preserve") {
      options.preserve = GetBool(value, key);
    } else if (key == "split_clitics") {
      options.split_clitics = GetBool(value, key);
    } else if (key == "stem") {
      options.stem = GetBool(value, key);
    } else if (key == "invalid_utf8") {
      if (value == "replace") {
        options.invalid_utf8 = InvalidUtf8Policy::kReplace;
      } else if (value == "reject") {
        options.invalid_utf8 = InvalidUtf8Policy::kReject;
      } else {
        Bad("\"invalid_utf8\" must be \"replace\" or \"reject\"");
      }
    } else {
      Bad("unknown key \"" + key + "\"");
    }
  }
  return options;
}

}  // namespace liputan
