#include "tokenizer/stemmer/prefix_rules.h"

#include "common/error.h"

namespace liputan {
namespace {

// Sources (full references in docs/stemmer.md):
//   N&A 1996  Nazief & Adriani, "Confix-stripping: approach to stemming algorithm for Bahasa
//             Indonesia", Universitas Indonesia (plain prefixes di-, ke-, se-; prefix classes).
//   CS        Asian, Williams & Tahaghoghi 2005; Adriani, Asian, Nazief, Tahaghoghi & Williams
//             2007, "Stemming Indonesian: a confix-stripping approach", ACM TALIP 6(4), Table 2
//             (rules 1-33; "CS-n" is rule n there).
//   ECS       Arifin, Mahendra & Ciptaningtyas 2009, "Enhanced confix stripping stemmer and ants
//             algorithm for classifying news document in Indonesian language" (modified rules 12,
//             16, 17/29 with menge-/penge-, 18/30 with me-ny/pe-ny, new rules mempV, terC1erC2,
//             peC1erC2).
//   liputan   our additions, each with the reason beside it.
// Order matters only where patterns overlap: the first matching row is used.
const std::vector<PrefixRule> kRules = {
    // --- be- (ber-, be-, bel-) ---------------------------------------------------------------
    {"CS-1", "berV", "ber|be", "CS rule 1", "berapi -> api; berambut -> rambut"},
    {"CS-2", "ber{^r}.(!er)", "ber", "CS rule 2", "berbuat -> buat"},
    {"CS-3", "ber{^r}.erV", "ber", "CS rule 3", "berdaerah -> daerah"},
    {"CS-4", "belajar$", "bel", "CS rule 4", "belajar -> ajar"},
    {"CS-5", "be{^rl}erC", "be", "CS rule 5", "bekerja -> kerja; beternak -> ternak"},
    // --- te- (ter-, te-) -----------------------------------------------------------------------
    {"CS-6", "terV", "ter|te", "CS rule 6", "terasing -> asing; teracun -> racun"},
    {"CS-7", "ter{^r}erV", "ter", "CS rule 7", "terperangkap -> perangkap"},
    {"CS-8", "ter{^r}(!er)", "ter", "CS rule 8", "tertangkap -> tangkap"},
    {"ECS-35", "ter{^r}erC", "ter", "ECS (terC1erC2, C1 != r)", "terpercaya -> percaya"},
    {"CS-9", "te{^r}erC", "te", "CS rule 9", "tepercaya -> percaya"},
    // --- me- (me-, mem-, men-, meng-, meny-) ---------------------------------------------------
    {"CS-10", "me{lrwy}V", "me", "CS rule 10", "melihat -> lihat; merusak -> rusak"},
    {"CS-11", "mem{bfv}", "mem", "CS rule 11", "membaca -> baca; memfitnah -> fitnah"},
    {"ECS-12", "mempe", "mem", "ECS rule 12 (CS had mempe{r|l})",
     "mempelajari -> pelajari; memperbaiki -> perbaiki"},
    {"ECS-19", "memp{aiou}", "mem", "ECS (mempV, V != e)", "mempunyai -> punya"},
    {"L-memp-C", "mempC", "mem", "liputan: loanwords keep p after mem-",
     "memproduksi -> produksi; memprotes -> protes"},
    {"CS-13", "memV|memrV", "me|mem+p", "CS rule 13",
     "memakan -> makan; memukul -> pukul; memroses -> proses"},
    {"CS-14", "men{cdjz}", "men", "CS rule 14", "mencari -> cari; menjual -> jual"},
    {"L-men-s", "mens", "men", "liputan: loanwords keep s after men-",
     "mensosialisasikan -> sosialisasi; mensyukuri -> syukur"},
    {"L-men-t", "ment{rl}|mentaat", "men",
     "liputan: loanwords and common non-standard forms keep t", "mentransfer -> transfer"},
    {"CS-15", "menV", "me|men+t", "CS rule 15", "menikah -> nikah; menulis -> tulis"},
    {"ECS-16", "meng{ghqk}", "meng", "ECS rule 16 (CS had g, h, q)",
     "menggunakan -> guna; mengkritik -> kritik"},
    {"ECS-17", "mengV", "meng|meng+k|menge",
     "CS rule 17; ECS adds menge- before one-syllable roots",
     "mengambil -> ambil; mengirim -> kirim; mengebom -> bom"},
    {"ECS-18", "menyV", "meny+s|me", "CS rule 18; ECS adds me-ny",
     "menyapu -> sapu; menyanyi -> nyanyi"},
    // --- pe- (per-, pe-, pem-, pen-, peng-, peny-, pel-) ---------------------------------------
    {"CS-20", "pe{wy}V", "pe", "CS rule 20", "pewarna -> warna"},
    {"CS-21", "perV", "per|pe", "CS rule 21", "perampok -> rampok; perasa -> rasa"},
    {"CS-22", "per{^r}.(!er)", "per", "CS rule 22", "perbuatan -> buat"},
    {"CS-23", "per{^r}.erV", "per", "CS rule 23",
     "perdaerahan -> daerah (shape: per + C + A + er + V)"},
    {"CS-24", "pem{bfv}", "pem", "CS rule 24", "pembaca -> baca"},
    {"CS-25", "pemV|pemrV", "pe|pem+p", "CS rule 25", "pemakan -> makan; pemukul -> pukul"},
    {"CS-26", "pen{cdjz}", "pen", "CS rule 26", "pencuri -> curi; penjual -> jual"},
    {"L-pen-s", "pens", "pen", "liputan: loanwords keep s after pen-", "pensosialisasian"},
    {"CS-27", "penV", "pe|pen+t", "CS rule 27", "penikmat -> nikmat; penulis -> tulis"},
    {"ECS-28", "peng{ghqk}", "peng", "CS rule 28; ECS adds k", "penggaris -> garis"},
    {"ECS-29", "pengV", "peng|peng+k|penge", "CS rule 29; ECS adds penge-",
     "pengambil -> ambil; pengirim -> kirim; pengebom -> bom"},
    {"ECS-30", "penyV", "peny+s|pe", "CS rule 30; ECS adds pe-ny",
     "penyapu -> sapu; penyanyi -> nyanyi"},
    {"CS-31", "pelajar", "pel", "CS rule 31 (exception to rule 32)", "pelajaran -> ajar"},
    {"CS-32", "pelV", "pe", "CS rule 32", "pelari -> lari"},
    {"CS-33", "pe{^rwylmn}erV", "pe", "CS rule 33", "peperangan -> perang"},
    {"CS-34", "pe{^rwylmn}(!er)", "pe", "CS rule 34", "petani -> tani; pedagang -> dagang"},
    {"ECS-36", "pe{^rwylmn}erC", "pe", "ECS (peC1erC2)", "pekerja -> kerja; peternak -> ternak"},
    // --- plain prefixes -------------------------------------------------------------------------
    {"NA-di", "di.", "di", "N&A 1996 (plain prefix di-)", "dibaca -> baca"},
    {"NA-ke", "ke.", "ke", "N&A 1996 (plain prefix ke-)", "kehendak -> hendak"},
    {"NA-se", "se.", "se", "N&A 1996 (plain prefix se-)", "sebuah -> buah"},
    {"L-kau", "kau.", "kau", "liputan: proclitic kau- (Tata Bahasa Baku)", "kauambil -> ambil"},
    {"L-ku", "ku.", "ku", "liputan: proclitic ku- (Tata Bahasa Baku)", "kubaca -> baca"},
};

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }
bool IsConsonant(char c) { return IsLetter(c) && !IsVowel(c); }

[[noreturn]] void Bad(const PrefixRule& rule, const std::string& what) {
  throw Error(ErrorCode::kInternal, "prefix rule " + std::string(rule.id) + ": " + what,
              "tokenizer/stemmer/prefix_rules.cc");
}

// Reads "{...}" or "(!...)" starting at `i` (the opening character); returns the inside.
std::string ReadGroup(const PrefixRule& rule, std::string_view s, size_t& i, char close) {
  size_t end = s.find(close, i);
  if (end == std::string_view::npos) Bad(rule, "unclosed group in pattern");
  std::string inside(s.substr(i + 1, end - i - 1));
  i = end + 1;
  return inside;
}

std::vector<PatternElement> CompileAlternative(const PrefixRule& rule, std::string_view s) {
  using Kind = PatternElement::Kind;
  std::vector<PatternElement> out;
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (IsLetter(c)) {
      out.push_back({Kind::kLetters, std::string(1, c)}), ++i;
    } else if (c == 'V' || c == 'C' || c == '.' || c == '$') {
      Kind kind = c == 'V'   ? Kind::kVowel
                  : c == 'C' ? Kind::kConsonant
                  : c == '.' ? Kind::kAny
                             : Kind::kEnd;
      out.push_back({kind, ""}), ++i;
    } else if (c == '{') {
      std::string inside = ReadGroup(rule, s, i, '}');
      if (inside.empty()) Bad(rule, "empty {} group");
      if (inside[0] == '^') {
        out.push_back({Kind::kConsonantExcept, inside.substr(1)});
      } else {
        out.push_back({Kind::kLetters, inside});
      }
    } else if (c == '(' && i + 1 < s.size() && s[i + 1] == '!') {
      std::string inside = ReadGroup(rule, s, i, ')');
      out.push_back({Kind::kNotFollowedBy, inside.substr(1)});
    } else {
      Bad(rule, std::string("unexpected '") + c + "' in pattern");
    }
  }
  if (out.empty()) Bad(rule, "empty pattern alternative");
  return out;
}

std::vector<std::string_view> Split(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t bar = s.find('|', start);
    parts.push_back(s.substr(start, bar == std::string_view::npos ? bar : bar - start));
    if (bar == std::string_view::npos) return parts;
    start = bar + 1;
  }
}

PrefixRuleTable::Compiled Compile(const PrefixRule& rule) {
  PrefixRuleTable::Compiled c;
  c.rule = &rule;
  for (auto alt : Split(rule.pattern)) c.alternatives.push_back(CompileAlternative(rule, alt));
  for (auto r : Split(rule.results)) {
    size_t plus = r.find('+');
    PrefixRemoval removal{std::string(r.substr(0, plus)), ""};
    if (plus != std::string_view::npos) removal.add = std::string(r.substr(plus + 1));
    if (removal.strip.empty()) Bad(rule, "a result removes nothing");
    c.removals.push_back(std::move(removal));
  }
  // The prefix class is the first two letters the rule removes ("mem" -> "me", "kau" -> "ka").
  c.type = c.removals.front().strip.substr(0, 2);
  return c;
}

bool MatchAlternative(const std::vector<PatternElement>& elements, std::string_view word) {
  using Kind = PatternElement::Kind;
  size_t pos = 0;
  for (const auto& e : elements) {
    if (e.kind == Kind::kEnd) {
      if (pos != word.size()) return false;
      continue;
    }
    if (e.kind == Kind::kNotFollowedBy) {
      if (word.substr(pos).starts_with(e.chars)) return false;
      continue;
    }
    if (pos >= word.size()) return false;
    char c = word[pos++];
    bool ok = false;
    switch (e.kind) {
      case Kind::kLetters:
        ok = e.chars.find(c) != std::string::npos;
        break;
      case Kind::kConsonantExcept:
        ok = IsConsonant(c) && e.chars.find(c) == std::string::npos;
        break;
      case Kind::kVowel:
        ok = IsVowel(c);
        break;
      case Kind::kConsonant:
        ok = IsConsonant(c);
        break;
      default:
        ok = IsLetter(c);
        break;
    }
    if (!ok) return false;
  }
  return true;
}

}  // namespace

PrefixRuleTable::PrefixRuleTable(std::vector<PrefixRule> rules)
    : rules_(std::move(rules)), by_first_letter_(26) {
  compiled_.reserve(rules_.size());
  for (const auto& rule : rules_) compiled_.push_back(Compile(rule));
  for (size_t i = 0; i < compiled_.size(); ++i) {
    std::vector<bool> letters(26, false);
    for (const auto& alt : compiled_[i].alternatives) {
      const auto& first = alt.front();
      for (char c = 'a'; c <= 'z'; ++c) {
        bool possible = first.kind != PatternElement::Kind::kLetters ||
                        first.chars.find(c) != std::string::npos;
        if (possible) letters[c - 'a'] = true;
      }
    }
    for (int l = 0; l < 26; ++l) {
      if (letters[l]) by_first_letter_[l].push_back(i);
    }
  }
}

PrefixRuleTable::~PrefixRuleTable() = default;

const PrefixRuleTable& PrefixRuleTable::Default() {
  static const PrefixRuleTable table(kRules);
  return table;
}

const std::vector<PrefixRule>& PrefixRuleTable::DefaultRules() { return kRules; }

const PrefixRuleTable::Compiled* PrefixRuleTable::Match(std::string_view word) const {
  if (word.empty() || !IsLetter(word[0])) return nullptr;
  for (size_t i : by_first_letter_[word[0] - 'a']) {
    for (const auto& alt : compiled_[i].alternatives) {
      if (MatchAlternative(alt, word)) return &compiled_[i];
    }
  }
  return nullptr;
}

}  // namespace liputan
