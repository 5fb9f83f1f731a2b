#include "tokenizer/root_words.h"

#include <fstream>
#include <mutex>
#include <sstream>

#include "common/error.h"

namespace liputan {

RootWords::RootWords(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(
        ErrorCode::kNoInput,
        "cannot read the Indonesian root word list (install the Debian package hunspell-id)", path);
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string content = buffer.str();
  hash_ = lexicon::HashContent(content);
  std::string word;
  for (auto line : lexicon::DataLines(content)) {
    line = line.substr(0, line.find('/'));                             // "abdi/D0DkM0" → "abdi"
    if (line.empty() || (line[0] >= '0' && line[0] <= '9')) continue;  // the entry count
    word.assign(line);
    for (char& c : word) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    words_.Insert(word);
  }
  for (auto line : lexicon::DataLines(lexicon::EmbeddedContent("words_extra.id.txt"))) {
    words_.Insert(line);
  }
}

std::shared_ptr<const RootWords> RootWords::Default() {
  static std::mutex mutex;
  static std::shared_ptr<const RootWords> instance;
  std::lock_guard lock(mutex);
  if (!instance) instance = std::make_shared<const RootWords>();
  return instance;
}

}  // namespace liputan
