#include "tokenizer/clitic_splitter.h"

namespace liputan {

namespace {

constexpr std::string_view kParticles[] = {"", "lah", "kah", "tah", "pun"};
constexpr std::string_view kPossessives[] = {"", "nya", "ku", "mu"};
constexpr std::string_view kProclitics[] = {"", "ku", "kau"};
constexpr size_t kMinBase = 2;

}  // namespace

void CliticSplitter::Split(std::string_view word, std::vector<std::string_view>& parts) const {
  parts.clear();
  parts.push_back(word);
  if (word.size() < kMinBase + 2 || known_->Contains(word) || word.find('-') != word.npos) return;
  for (auto particle : kParticles) {
    if (!word.ends_with(particle)) continue;
    std::string_view rest = word.substr(0, word.size() - particle.size());
    for (auto possessive : kPossessives) {
      if (!rest.ends_with(possessive)) continue;
      std::string_view stem = rest.substr(0, rest.size() - possessive.size());
      for (auto proclitic : kProclitics) {
        if (particle.empty() && possessive.empty() && proclitic.empty()) continue;
        if (!stem.starts_with(proclitic) || stem.size() < proclitic.size() + kMinBase) continue;
        std::string_view base = stem.substr(proclitic.size());
        if (!known_->Contains(base)) continue;
        parts.clear();
        for (auto part : {stem.substr(0, proclitic.size()), base, rest.substr(stem.size()),
                          word.substr(rest.size())}) {
          if (!part.empty()) parts.push_back(part);
        }
        return;
      }
    }
  }
}

}  // namespace liputan
