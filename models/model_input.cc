#include "models/model_input.h"

#include <string>
#include <utility>
#include <vector>

#include "common/error.h"

namespace liputan {

namespace {

// A cross-post announces a photo posted elsewhere ("Baru saja mengirim foto", Instagram's
// Indonesian share line; "Just posted a photo" in English).
bool HasMedia(std::string_view text) {
  for (std::string_view mark :
       {"pic.twitter.com", "instagram.com", "instagr.am", "Baru saja mengirim", "Just posted a"}) {
    if (text.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

std::string_view LeadingTrimmed(std::string_view text) {
  size_t i = text.find_first_not_of(" \t\r\n");
  return i == std::string_view::npos ? std::string_view{} : text.substr(i);
}

bool IsEntity(TokenType type) {
  return type != TokenType::kWord && type != TokenType::kPunctuation &&
         type != TokenType::kAbbreviation && type != TokenType::kOther;
}

}  // namespace

std::string FeatureOptions::ToString() const {
  std::string out;
  for (auto [on, name] : {std::pair{cues, "cues"}, {entities, "entities"}, {surface, "surface"}}) {
    if (!on) continue;
    if (!out.empty()) out += ',';
    out += name;
  }
  return out.empty() ? "none" : out;
}

FeatureOptions FeatureOptions::Parse(std::string_view list) {
  FeatureOptions f;
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view name = list.substr(0, comma);
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    if (name == "cues")
      f.cues = true;
    else if (name == "entities")
      f.entities = true;
    else if (name == "surface")
      f.surface = true;
    else if (name != "none" && !name.empty())
      throw Error(ErrorCode::kUsage, "unknown feature '" + std::string(name) +
                                         "' (known: cues, entities, surface, none)");
  }
  return f;
}

ModelInput::ModelInput(const Tokenizer& tokenizer, const FeatureOptions& features)
    : tokenizer_(&tokenizer), features_(features) {
  if (features_.cues) cues_ = std::make_unique<CodebookCues>(tokenizer);
}
ModelInput::~ModelInput() = default;
ModelInput::ModelInput(ModelInput&&) noexcept = default;
ModelInput& ModelInput::operator=(ModelInput&&) noexcept = default;

std::string ModelInput::CueHash() const { return cues_ ? cues_->hash() : std::string(); }

void ModelInput::Build(std::string_view text, std::string& out) const {
  if (!features_.Any()) {
    tokenizer_->TokenizeToString(text, out);
    return;
  }
  const std::vector<Token> tokens = tokenizer_->Tokenize(text);
  const size_t start = out.size();
  size_t words = 0;
  bool link = false;
  std::string extra;
  for (const Token& t : tokens) {
    words += t.type == TokenType::kWord;
    link = link || t.type == TokenType::kUrl;
    if (features_.entities && IsEntity(t.type)) {
      std::string_view name = t.type == TokenType::kCurrency ? "money" : TokenTypeName(t.type);
      extra.append(" ent_").append(name);
      if (t.type == TokenType::kUrl) continue;  // a short link's path is noise
    }
    if (out.size() > start) out += ' ';
    out += t.text;
  }
  if (cues_) {
    std::vector<std::string_view> words;
    for (const Token& t : tokens) words.push_back(t.text);
    // A strong cue adds its token twice, as the keyword rules weigh it twice.
    cues_->Match(words, [&](const CueLabel& cue) {
      for (int i = 0; i < cue.weight; ++i)
        extra.append(" cue_").append(cue.set).append("_").append(cue.label);
    });
  }
  if (features_.surface) {
    std::string_view lead = LeadingTrimmed(text);
    if (lead.starts_with("RT @"))
      extra += " srf_retweet";
    else if (lead.starts_with("@"))
      extra += " srf_reply";
    if (link) extra += " srf_link";
    if (HasMedia(text)) extra += " srf_media";
    if (words < 8)
      extra += " srf_short";
    else if (words > 40)
      extra += " srf_long";
  }
  if (out.size() == start && !extra.empty()) extra.erase(0, 1);
  out += extra;
}

}  // namespace liputan
