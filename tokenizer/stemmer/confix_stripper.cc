#include "tokenizer/stemmer/confix_stripper.h"

#include <array>

namespace liputan {
namespace {

// Inflectional suffixes, outermost first (N&A 1996): particles, then possessive pronouns.
// N&A also list the archaic particle -tah ("apatah"); we leave it out because far more words
// end in a root's "tah" ("pemerintah", "mentah") than in the particle (liputan).
constexpr std::array<std::string_view, 3> kParticles = {"lah", "kah", "pun"};
constexpr std::array<std::string_view, 3> kPossessives = {"nya", "ku", "mu"};

// Prefix-suffix pairs that never form a confix (N&A 1996; CS Table 1): "di-...-an" is not a
// word shape, so "dimakan" must not lose "-an". Keyed by prefix class and derivational suffix.
// We add pe-...-kan (but not per-...-kan, the imperative "pertahankan"): peN- forms nouns, whose
// "-kan" ending is a root's k plus -an ("peternakan" -> "ternak", not "terna"; liputan).
bool Disallowed(std::string_view type, std::string_view suffix, std::string_view word) {
  bool i = suffix == "i";
  bool kan = suffix == "kan";
  bool an = suffix == "an";
  return (type == "be" && i) || (type == "di" && an) || (type == "ke" && (i || kan)) ||
         (type == "me" && an) || (type == "se" && (i || kan)) ||
         (type == "pe" && kan && !word.starts_with("per"));
}

// CS rule precedence: these shapes are stripped prefix first ("mendaki": men- then "daki", not
// "-i" first, which would give "mendak").
// We leave out be-...-kan: "berikan" is "beri" + -kan, not ber- + "ikan" (liputan).
bool PrefixFirst(std::string_view w) {
  if (w.starts_with("be") && (w.ends_with("lah") || (w.ends_with("an") && !w.ends_with("kan")))) {
    return true;
  }
  if (!w.ends_with("i")) return false;
  return w.starts_with("me") || w.starts_with("di") || w.starts_with("pe") || w.starts_with("te");
}

template <size_t N>
std::string_view EndingIn(std::string_view w, const std::array<std::string_view, N>& suffixes) {
  for (auto s : suffixes) {
    if (w.size() >= s.size() + ConfixStripper::kMinRootLength && w.ends_with(s)) return s;
  }
  return {};
}

// The derivational suffix to try first. "-kanan" is "-kan" + "-an", which never stack, so it is
// "-an" ("perikanan" -> "perikan" -> "ikan", not "peri"; liputan).
std::string_view Derivational(std::string_view w) {
  auto fits = [&](std::string_view s) {
    return w.size() >= s.size() + ConfixStripper::kMinRootLength && w.ends_with(s);
  };
  if (fits("kan") && !w.ends_with("kanan")) return "kan";
  if (fits("an")) return "an";
  if (fits("i")) return "i";
  return {};
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The shortest root the infix step may reach (see Infix).
constexpr size_t kMinInfixRoot = 5;

size_t Vowels(std::string_view w) {
  size_t n = 0;
  for (char c : w) n += IsVowel(c);
  return n;
}

}  // namespace

struct ConfixStripper::Search {
  std::vector<std::string>* steps;
  bool clitics = true;  // false: particles, possessives and ku-/kau- stay (FindRoot's `clitics`)
  bool infix = true;    // false while searching the word without its infix (one infix at most)
  int max_prefixes = kMaxPrefixes;
  void Push(std::string step) {
    if (steps != nullptr) steps->push_back(std::move(step));
  }
  size_t Mark() const { return steps != nullptr ? steps->size() : 0; }
  void Reset(size_t mark) {
    if (steps != nullptr) steps->resize(mark);
  }
};

ConfixStripper::ConfixStripper(const RootLexicon& lexicon, const PrefixRuleTable& rules)
    : lexicon_(lexicon), rules_(rules) {}

bool ConfixStripper::IsRoot(std::string_view candidate) const {
  return candidate.size() >= kMinRootLength && lexicon_.Contains(candidate);
}

std::optional<std::string> ConfixStripper::FindRoot(std::string_view word,
                                                    std::vector<std::string>* steps,
                                                    bool clitics) const {
  Search search{steps, clitics};
  return Find(word, search);
}

std::optional<std::string> ConfixStripper::Find(std::string_view word, Search& search) const {
  if (lexicon_.Contains(word)) {
    search.Push("lexicon");
    return std::string(word);
  }
  if (PrefixFirst(word)) {
    size_t mark = search.Mark();
    search.Push("precedence: prefix first");
    // The readings of the outer prefix alone first ("memakai": mem- + p "pakai" before me- +
    // "makai" - "-i" = "maka"), then prefixes with the suffixes removed after them. Deeper
    // prefixes wait for the second pass: "dikenali" is di- + "kenal" + -i, not di- + ke- + "nali";
    // "berseberangan" is ber- + "seberang" + -an, not ber- + se- + "berangan" (liputan).
    search.max_prefixes = 1;
    auto bare = StripPrefixes(word, 0, "", "", false, search);
    search.max_prefixes = kMaxPrefixes;
    if (bare) return bare;
    if (auto root = StripPrefixes(word, 0, "", "", true, search)) return root;
    search.Reset(mark);
  }
  size_t mark = search.Mark();
  if (auto root = Standard(word, search)) return root;
  search.Reset(mark);
  return search.infix ? Infix(word, search) : std::nullopt;
}

// The infix -in- follows the first consonant of a root (Tata Bahasa Baku Bahasa Indonesia;
// Sneddon et al. 2010): "kinerja" is k-in-erja, from "kerja"; "kinerjanya" -> "kerja". N&A, CS and
// ECS do not remove infixes. We try it last, after the ECS restoration loop found nothing, and
// never on a word the lexicon lists (N&A step 1), so a list that holds "kinerja" keeps it. Only
// -in-, and only to a root of five letters or more: the older infixes -el-, -em-, -er- live in
// lexicalised words a dictionary lists ("telunjuk", "gemetar", "gerigi"), and on the tweet
// vocabulary their removal mostly broke words ("relawan" -> "rawan", "semalem" -> "salem"), as did
// short roots
// ("minang" -> "mang", "dinaikan" -> "dai"). A word that starts like a prefix of the rule table is
// a prefixed word, not an infixed one (liputan).
std::optional<std::string> ConfixStripper::Infix(std::string_view word, Search& search) const {
  if (word.size() < 7 || IsVowel(word[0]) || word.substr(1, 2) != "in" || !IsVowel(word[3])) {
    return std::nullopt;
  }
  if (rules_.Match(word) != nullptr) return std::nullopt;  // "dinikahin" is di- + "nikahin"
  std::string rest = std::string(1, word[0]) + std::string(word.substr(3));
  size_t mark = search.Mark();
  search.Push("infix -in-");
  search.infix = false;
  auto root = Find(rest, search);
  search.infix = true;
  if (root && root->size() >= kMinInfixRoot) return root;
  search.Reset(mark);
  return std::nullopt;
}

// ke-...-an is one confix (an allowed pair of N&A; Tata Bahasa Baku: konfiks ke-an), so when what
// is left after -an is "ke" + a root, the confix reading wins over the longer root: "kedudukan"
// -> "duduk", although a full dictionary also lists "keduduk" (a shrub), where N&A's order stops;
// "kesiapan" -> "siap", not "kesiap" ("startled"). The inner root must have two syllables: a
// one-syllable rest is the tail of a root that starts with ke ("kemasan" -> "kemas", not "mas";
// "kenalan" -> "kenal", "ketikan" -> "ketik") (liputan).
std::optional<std::string> ConfixStripper::KeAnConfix(std::string_view root, Search& search) const {
  if (!root.starts_with("ke")) return std::nullopt;
  std::string_view inner = root.substr(2);
  if (Vowels(inner) < 2 || !IsRoot(inner)) return std::nullopt;
  search.Push("confix ke-...-an");
  return std::string(inner);
}

std::optional<std::string> ConfixStripper::Standard(std::string_view word, Search& search) const {
  if (search.clitics) {
    if (auto root = KahRoot(word, search)) return root;
  }
  std::string_view particle = search.clitics ? EndingIn(word, kParticles) : std::string_view();
  std::string_view s1 = word.substr(0, word.size() - particle.size());
  if (!particle.empty()) {
    search.Push("suffix -" + std::string(particle));
    if (IsRoot(s1)) return std::string(s1);
  }
  std::string_view possessive = search.clitics ? EndingIn(s1, kPossessives) : std::string_view();
  std::string_view s2 = s1.substr(0, s1.size() - possessive.size());
  if (!possessive.empty()) {
    search.Push("suffix -" + std::string(possessive));
    if (IsRoot(s2)) return std::string(s2);
  }
  std::string_view derivational = Derivational(s2);
  std::string_view s3 = s2.substr(0, s2.size() - derivational.size());
  if (!derivational.empty()) {
    // A root ending in k takes -an ("masakan" -> "masak", not "masa"; liputan).
    if (derivational == "kan" && IsRoot(s2.substr(0, s2.size() - 2))) {
      search.Push("suffix -an");
      std::string_view root = s2.substr(0, s2.size() - 2);
      return KeAnConfix(root, search).value_or(std::string(root));
    }
    search.Push("suffix -" + std::string(derivational));
    if (IsRoot(s3)) {
      if (derivational != "an") return std::string(s3);
      return KeAnConfix(s3, search).value_or(std::string(s3));
    }
  }
  size_t mark = search.Mark();
  if (auto root = StripPrefixes(s3, 0, "", derivational, false, search)) return root;
  search.Reset(mark);
  // ECS loop pengembalian akhiran: restore the suffixes one at a time, retrying the prefixes.
  if (derivational == "kan") {
    std::string_view with_k = s2.substr(0, s2.size() - 2);
    search.Push("restore k of -kan");
    if (IsRoot(with_k)) return std::string(with_k);
    if (auto root = StripPrefixes(with_k, 0, "", "an", false, search)) return root;
    search.Reset(mark);
  }
  const std::string_view restored[] = {derivational.empty() ? std::string_view() : s2,
                                       possessive.empty() ? std::string_view() : s1,
                                       particle.empty() ? std::string_view() : word};
  const char* names[] = {"restore derivational suffix", "restore possessive", "restore particle"};
  for (int i = 0; i < 3; ++i) {
    if (restored[i].empty()) continue;
    search.Push(names[i]);
    if (auto root = StripPrefixes(restored[i], 0, "", "", false, search)) return root;
    search.Reset(mark);
  }
  return std::nullopt;
}

// "-kah" that is really the end of a root: "menikah" is meN- + "nikah", not "meni" + -kah, and
// "melangkah" is meN- + "langkah", not meN- + "lang" + -kah. For meN- words, a root ending in
// "kah" reached by prefix stripping alone wins over the particle (liputan). Elsewhere N&A's order
// stays: "perlukah" is "perlu" + -kah, "dialah" is "dia" + -lah.
std::optional<std::string> ConfixStripper::KahRoot(std::string_view word, Search& search) const {
  if (!word.starts_with("me") || !word.ends_with("kah")) return std::nullopt;
  Search quiet{nullptr};
  auto whole = StripPrefixes(word, 0, "", "", false, quiet);
  if (!whole || !whole->ends_with("kah")) return std::nullopt;
  StripPrefixes(word, 0, "", "", false, search);  // again, to record the steps
  search.Push("root ends in kah: not the particle");
  return whole;
}

std::optional<std::string> ConfixStripper::StripPrefixes(std::string_view word, int depth,
                                                         std::string_view previous_type,
                                                         std::string_view derivational,
                                                         bool suffixes_after,
                                                         Search& search) const {
  const auto* rule = rules_.Match(word);
  if (rule == nullptr) return std::nullopt;
  if (depth == 0 && Disallowed(rule->type, derivational, word)) return std::nullopt;
  if (rule->type == previous_type) return std::nullopt;  // N&A: a prefix class is used once
  if (!search.clitics && (rule->type == "ku" || rule->type == "ka")) return std::nullopt;
  // The proclitics ku-/kau- come before any prefix, never after one ("menguasai" is meng- + k
  // "kuasai", not meng- + ku- + "asai"; liputan).
  if (depth > 0 && (rule->type == "ku" || rule->type == "ka")) return std::nullopt;
  std::string candidate;
  for (const auto& removal : rule->removals) {
    if (!word.starts_with(removal.strip)) continue;
    candidate.assign(removal.add);
    candidate.append(word.substr(removal.strip.size()));
    if (candidate.size() < kMinRootLength) continue;
    size_t mark = search.Mark();
    if (search.steps != nullptr) {
      std::string what = removal.strip + "-";
      if (!removal.add.empty()) what += " +" + removal.add;
      search.Push("prefix " + std::string(rule->rule->id) + " " + what);
    }
    if (IsRoot(candidate)) return candidate;
    if (suffixes_after) {
      if (auto root = StripSuffixesOnly(candidate, search)) return root;
    }
    if (depth + 1 < search.max_prefixes) {
      auto root =
          StripPrefixes(candidate, depth + 1, rule->type, derivational, suffixes_after, search);
      if (root) return root;
    }
    search.Reset(mark);
  }
  return std::nullopt;
}

// After prefixes (rule precedence), the suffixes in their usual order, checking each step.
std::optional<std::string> ConfixStripper::StripSuffixesOnly(std::string_view word,
                                                             Search& search) const {
  size_t mark = search.Mark();
  std::string_view w = word;
  std::string_view particle = search.clitics ? EndingIn(w, kParticles) : std::string_view();
  if (!particle.empty()) {
    w.remove_suffix(particle.size());
    search.Push("suffix -" + std::string(particle));
    if (IsRoot(w)) return std::string(w);
  }
  std::string_view possessive = search.clitics ? EndingIn(w, kPossessives) : std::string_view();
  if (!possessive.empty()) {
    w.remove_suffix(possessive.size());
    search.Push("suffix -" + std::string(possessive));
    if (IsRoot(w)) return std::string(w);
  }
  std::string_view derivational = Derivational(w);
  if (!derivational.empty()) {
    w.remove_suffix(derivational.size());
    search.Push("suffix -" + std::string(derivational));
    if (IsRoot(w)) return std::string(w);
  }
  search.Reset(mark);
  return std::nullopt;
}

}  // namespace liputan
