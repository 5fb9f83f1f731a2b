// Stemmer benchmark: lexicon load time and memory, words/s cold and warm cache on one thread, and
// accuracy against a word -> lemma list. Figures are printed with a baseline measured in the same
// run (reading the file bytes; one hash-set lookup per word; the identity "stemmer").
//
//   stemmer_bench [--words TSV_OF_TWEETS] [--lemmas UD_WORD_LEMMA_TSV] [--limit N]
//                 [--only load|base|cold|warm]   (base: everything but the stemming passes)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "tokenizer/stemmer/root_lexicon.h"
#include "tokenizer/stemmer/stemmer.h"

namespace {

using Clock = std::chrono::steady_clock;
using liputan::RootLexicon;
using liputan::Stemmer;
using liputan::StemmerOptions;

double Seconds(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

long RssKiB() {
  std::ifstream statm("/proc/self/statm");
  long size = 0, resident = 0;
  statm >> size >> resident;
  return resident * 4;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Unique words of the tweets: runs of ASCII letters and inner hyphens, lower-cased.
std::vector<std::string> UniqueWords(const std::string& text) {
  std::unordered_set<std::string> seen;
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    while (!word.empty() && word.back() == '-') word.pop_back();
    if (!word.empty() && seen.insert(word).second) words.push_back(word);
    word.clear();
  };
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c == '-' && !word.empty())) {
      word.push_back(c);
    } else {
      flush();
    }
  }
  flush();
  return words;
}

void BenchLoad() {
  auto start = Clock::now();
  std::string bytes = ReadAll(RootLexicon::kHunspellPath);
  double read_s = Seconds(start);
  long rss0 = RssKiB();
  const int kRounds = 5;
  double best = 1e9;
  std::shared_ptr<const RootLexicon> lexicon;
  for (int i = 0; i < kRounds; ++i) {
    lexicon.reset();
    start = Clock::now();
    lexicon = RootLexicon::LoadDefault();
    best = std::min(best, Seconds(start));
  }
  long rss1 = RssKiB();
  std::printf("lexicon: %zu roots from %s, hash %s\n", lexicon->size(),
              lexicon->description().c_str(), lexicon->content_hash().c_str());
  std::printf("lexicon load: %.2f ms (best of %d); baseline read of the %zu-byte file: %.3f ms\n",
              best * 1e3, kRounds, bytes.size(), read_s * 1e3);
  std::printf("lexicon memory: %.0f KiB in its tables (memory_bytes); RSS growth %ld KiB\n",
              lexicon->memory_bytes() / 1024.0, rss1 - rss0);
}

void BenchSpeed(const std::vector<std::string>& words, const std::string& only) {
  auto lexicon = RootLexicon::Default();
  // Baseline: one lookup per word in a std::unordered_set of the same roots.
  std::unordered_set<std::string> set;
  for (const auto& w : words) {
    if (lexicon->Contains(w)) set.insert(w);
  }
  auto start = Clock::now();
  size_t hits = 0;
  for (int r = 0; r < 10; ++r) {
    for (const auto& w : words) hits += set.count(w);
  }
  double lookup_rate = 10.0 * words.size() / Seconds(start);
  std::printf("words: %zu unique; baseline std::unordered_set lookup: %.0f words/s (%zu)\n",
              words.size(), lookup_rate, hits);

  size_t checksum = 0;
  if (only.empty() || only == "cold") {
    Stemmer cold(lexicon, StemmerOptions{.use_cache = false});
    start = Clock::now();
    for (const auto& w : words) checksum += cold.Stem(w).size();
    double rate = words.size() / Seconds(start);
    std::printf("cold (no cache), 1 thread: %.0f words/s = %.1f%% of the lookup baseline\n", rate,
                100.0 * rate / lookup_rate);
  }
  if (only.empty() || only == "warm") {
    Stemmer warm(lexicon);
    for (const auto& w : words) checksum += warm.Stem(w).size();  // fill the cache
    const int kRounds = 10;
    start = Clock::now();
    for (int r = 0; r < kRounds; ++r) {
      for (const auto& w : words) checksum += warm.Stem(w).size();
    }
    double rate = kRounds * words.size() / Seconds(start);
    std::printf("warm cache, 1 thread: %.0f words/s = %.1f%% of the lookup baseline\n", rate,
                100.0 * rate / lookup_rate);
  }
  std::printf("(checksum %zu)\n", checksum);
}

struct Lemma {
  std::string word, lemma, upos, treebank;
  long count = 0;
};

std::string ErrorClass(const std::string& word, const std::string& lemma, const std::string& root) {
  if (root == word)
    return "under-stemmed: word kept, lemma " +
           std::string(lemma.size() < word.size() ? "shorter" : "differs");
  if (lemma == word) return "over-stemmed: lemma keeps the word";
  if (lemma.find(root) != std::string::npos) return "over-stemmed: root inside the lemma";
  if (root.find(lemma) != std::string::npos) return "under-stemmed: affix left on the root";
  return "different root";
}

void Accuracy(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  std::vector<Lemma> rows;
  while (std::getline(in, line)) {
    std::istringstream f(line);
    Lemma l;
    std::string count;
    std::getline(f, l.word, '\t');
    std::getline(f, l.lemma, '\t');
    std::getline(f, l.upos, '\t');
    std::getline(f, l.treebank, '\t');
    std::getline(f, count, '\t');
    l.count = std::atol(count.c_str());
    bool letters = !l.word.empty() && std::all_of(l.word.begin(), l.word.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || c == '-';
    });
    if (letters && l.upos != "PROPN") rows.push_back(l);
  }
  const Stemmer& stemmer = Stemmer::Default();
  struct Score {
    long tokens = 0, right = 0, identity = 0, types = 0, right_types = 0;
  };
  std::map<std::string, Score> scores;
  std::map<std::string, std::pair<long, std::vector<std::string>>> errors;
  for (const auto& r : rows) {
    std::string root = stemmer.Stem(r.word);
    for (const std::string& key : {r.treebank, std::string("all")}) {
      Score& s = scores[key];
      s.tokens += r.count;
      s.types += 1;
      s.right += root == r.lemma ? r.count : 0;
      s.right_types += root == r.lemma;
      s.identity += r.word == r.lemma ? r.count : 0;
    }
    if (root != r.lemma) {
      auto& e = errors[r.treebank + " " + ErrorClass(r.word, r.lemma, root)];
      e.first += r.count;
      if (e.second.size() < 6) e.second.push_back(r.word + "->" + root + " (gold " + r.lemma + ")");
    }
  }
  std::printf("accuracy on %s (letters-only words, PROPN excluded):\n", path.c_str());
  for (const auto& [name, s] : scores) {
    std::printf(
        "  %-4s tokens %6ld: stemmer %.1f%%, identity baseline %.1f%%; types %5ld: %.1f%%\n",
        name.c_str(), s.tokens, 100.0 * s.right / s.tokens, 100.0 * s.identity / s.tokens, s.types,
        100.0 * s.right_types / s.types);
  }
  std::vector<std::pair<long, std::string>> sorted;
  for (const auto& [k, v] : errors) sorted.push_back({v.first, k});
  std::sort(sorted.rbegin(), sorted.rend());
  std::printf("error classes (tokens), most common first:\n");
  for (const auto& [n, k] : sorted) {
    std::printf("  %6ld  %s\n", n, k.c_str());
    std::string ex;
    for (const auto& e : errors[k].second) ex += "      " + e + "\n";
    std::printf("%s", ex.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string words_path, lemmas_path, only;
  size_t limit = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--words") words_path = argv[i + 1];
    if (a == "--lemmas") lemmas_path = argv[i + 1];
    if (a == "--limit") limit = std::stoul(argv[i + 1]);
    if (a == "--only") only = argv[i + 1];
  }
  try {
    if (only.empty() || only == "load") BenchLoad();
    if (only == "load") return 0;
    if (!words_path.empty()) {
      std::vector<std::string> words = UniqueWords(ReadAll(words_path));
      if (limit > 0 && words.size() > limit) words.resize(limit);
      BenchSpeed(words, only);
    }
    if (!lemmas_path.empty() && only.empty()) Accuracy(lemmas_path);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "stemmer_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
