// Unit tests of the stemming rules, each with a tiny lexicon so that a test fails exactly when
// its rule (or the step order around it) breaks.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "tokenizer/stemmer/prefix_rules.h"
#include "tokenizer/stemmer/stemmer.h"

namespace liputan {
namespace {

std::string StemWith(const std::vector<std::string>& lexicon, const std::string& word) {
  Stemmer stemmer(std::make_shared<RootLexicon>(lexicon), StemmerOptions{.use_cache = false});
  return stemmer.Stem(word);
}

StemTrace TraceWith(const std::vector<std::string>& lexicon, const std::string& word) {
  Stemmer stemmer(std::make_shared<RootLexicon>(lexicon));
  return stemmer.Trace(word);
}

bool HasStep(const StemTrace& trace, const std::string& prefix) {
  return std::any_of(trace.steps.begin(), trace.steps.end(),
                     [&](const std::string& s) { return s.rfind(prefix, 0) == 0; });
}

std::string Steps(const StemTrace& trace) {
  std::string out;
  for (const auto& s : trace.steps) out += s + " > ";
  return out;
}

// One case per prefix rule row: word, the tiny lexicon, the expected root. A decoy root in the
// lexicon checks that the rule's alternatives are tried in the published order.
struct RuleCase {
  std::string rule;
  std::string word;
  std::vector<std::string> lexicon;
  std::string root;
};

const std::vector<RuleCase> kRuleCases = {
    {"CS-1", "berapi", {"api"}, "api"},
    {"CS-1", "berambut", {"rambut"}, "rambut"},  // second alternative: be- + r...
    {"CS-2", "berbuat", {"buat"}, "buat"},
    {"CS-3", "berdaerah", {"daerah"}, "daerah"},
    {"CS-4", "belajar", {"ajar"}, "ajar"},
    {"CS-5", "bekerja", {"kerja"}, "kerja"},
    {"CS-6", "terasing", {"asing"}, "asing"},
    {"CS-6", "teracun", {"racun"}, "racun"},
    {"CS-7", "terperangkap", {"perangkap"}, "perangkap"},
    {"CS-8", "tertangkap", {"tangkap"}, "tangkap"},
    {"ECS-35", "terpercaya", {"percaya"}, "percaya"},
    {"CS-9", "tepercaya", {"percaya"}, "percaya"},
    {"CS-10", "melihat", {"lihat"}, "lihat"},
    {"CS-10", "merusak", {"rusak"}, "rusak"},
    {"CS-11", "membaca", {"baca"}, "baca"},
    {"CS-11", "memfitnah", {"fitnah"}, "fitnah"},
    {"ECS-12", "mempelajari", {"ajar"}, "ajar"},
    {"ECS-12", "memperbaiki", {"baik"}, "baik"},
    {"ECS-19", "mempunyai", {"punya"}, "punya"},
    {"L-memp-C", "memproduksi", {"produksi"}, "produksi"},
    {"CS-13", "memakan", {"makan", "pakan"}, "makan"},  // me- + m... before mem- + p...
    {"CS-13", "memukul", {"pukul"}, "pukul"},
    {"CS-13", "memroses", {"proses"}, "proses"},
    {"CS-14", "mencari", {"cari"}, "cari"},
    {"CS-14", "mendengar", {"dengar"}, "dengar"},
    {"CS-14", "menjual", {"jual"}, "jual"},
    {"L-men-s", "mensyukuri", {"syukur"}, "syukur"},
    {"L-men-t", "mentransfer", {"transfer"}, "transfer"},
    {"CS-15", "menikah", {"nikah"}, "nikah"},
    {"CS-15", "menulis", {"tulis"}, "tulis"},
    {"ECS-16", "menggunakan", {"guna"}, "guna"},
    {"ECS-16", "mengkritik", {"kritik"}, "kritik"},
    {"ECS-17", "mengambil", {"ambil"}, "ambil"},
    {"ECS-17", "mengirim", {"kirim"}, "kirim"},
    {"ECS-17", "mengecat", {"cat"}, "cat"},
    {"ECS-18", "menyapu", {"sapu"}, "sapu"},
    {"ECS-18", "menyanyi", {"nyanyi"}, "nyanyi"},
    {"CS-20", "pewarna", {"warna"}, "warna"},
    {"CS-21", "perampok", {"rampok"}, "rampok"},
    {"CS-22", "perbuatan", {"buat"}, "buat"},
    {"CS-23", "perdaerahan", {"daerah"}, "daerah"},
    {"CS-24", "pembaca", {"baca"}, "baca"},
    {"CS-25", "pemakan", {"makan"}, "makan"},
    {"CS-25", "pemukul", {"pukul"}, "pukul"},
    {"CS-26", "pencuri", {"curi"}, "curi"},
    {"L-pen-s", "pensosialisasian", {"sosialisasi"}, "sosialisasi"},
    {"CS-27", "penikmat", {"nikmat"}, "nikmat"},
    {"CS-27", "penulis", {"tulis"}, "tulis"},
    {"ECS-28", "penggaris", {"garis"}, "garis"},
    {"ECS-29", "pengambil", {"ambil"}, "ambil"},
    {"ECS-29", "pengirim", {"kirim"}, "kirim"},
    {"ECS-30", "penyapu", {"sapu"}, "sapu"},
    {"ECS-30", "penyanyi", {"nyanyi"}, "nyanyi"},
    {"CS-31", "pelajaran", {"ajar"}, "ajar"},
    {"CS-32", "pelari", {"lari"}, "lari"},
    {"CS-33", "peperangan", {"perang"}, "perang"},
    {"CS-34", "petani", {"tani"}, "tani"},
    {"CS-34", "pedagang", {"dagang"}, "dagang"},
    {"ECS-36", "pekerja", {"kerja"}, "kerja"},
    {"NA-di", "dibaca", {"baca"}, "baca"},
    {"NA-ke", "kehendak", {"hendak"}, "hendak"},
    {"NA-se", "sebuah", {"buah"}, "buah"},
    {"L-kau", "kauambil", {"ambil"}, "ambil"},
    {"L-ku", "kubaca", {"baca"}, "baca"},
};

TEST(PrefixRules, EachRuleStripsItsExample) {
  for (const auto& c : kRuleCases) {
    StemTrace trace = TraceWith(c.lexicon, c.word);
    EXPECT_EQ(trace.root, c.root) << c.rule << " " << c.word << ": " << Steps(trace);
    EXPECT_TRUE(HasStep(trace, "prefix " + c.rule + " "))
        << c.rule << " not used for " << c.word << ": " << Steps(trace);
  }
}

TEST(PrefixRules, EveryRowOfTheTableHasACase) {
  std::set<std::string> tested;
  for (const auto& c : kRuleCases) tested.insert(c.rule);
  for (const auto& rule : PrefixRuleTable::DefaultRules()) {
    EXPECT_TRUE(tested.count(std::string(rule.id))) << "no test case for rule " << rule.id;
    EXPECT_FALSE(rule.citation.empty()) << rule.id;
    EXPECT_FALSE(rule.example.empty()) << rule.id;
  }
}

TEST(PrefixRules, PatternSyntax) {
  PrefixRuleTable table({
      {"t1", "ber{^r}.(!er)", "ber", "test", "x"},
      {"t2", "memV|memrV", "me|mem+p", "test", "x"},
      {"t3", "belajar$", "bel", "test", "x"},
  });
  auto id = [&](std::string_view w) {
    const auto* c = table.Match(w);
    return c == nullptr ? std::string("-") : std::string(c->rule->id);
  };
  EXPECT_EQ(id("berbuat"), "t1");
  EXPECT_EQ(id("berserah"), "t1");
  EXPECT_EQ(id("berdaerah"), "-");  // (!er) blocks it: C A then "er"
  EXPECT_EQ(id("berrumah"), "-");   // {^r}: a consonant other than r
  EXPECT_EQ(id("berabe"), "-");     // {^r} is a consonant
  EXPECT_EQ(id("memukul"), "t2");
  EXPECT_EQ(id("memroses"), "t2");
  EXPECT_EQ(id("membaca"), "-");
  EXPECT_EQ(id("belajar"), "t3");
  EXPECT_EQ(id("belajarlah"), "-");  // $ anchors the end
  EXPECT_EQ(id(""), "-");
  EXPECT_EQ(table.compiled()[1].type, "me");
  ASSERT_EQ(table.compiled()[1].removals.size(), 2u);
  EXPECT_EQ(table.compiled()[1].removals[1].strip, "mem");
  EXPECT_EQ(table.compiled()[1].removals[1].add, "p");
}

TEST(PrefixRules, BadPatternIsAnInternalErrorNamingTheRow) {
  EXPECT_THROW(PrefixRuleTable({{"bad-1", "ber{r", "ber", "t", "x"}}), std::exception);
  try {
    PrefixRuleTable({{"bad-2", "ber#", "ber", "t", "x"}});
    FAIL();
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("bad-2"), std::string::npos);
  }
}

// --- suffixes -----------------------------------------------------------------------------------

TEST(Suffixes, ParticlesPossessivesAndDerivational) {
  std::vector<std::string> lex = {"baca", "buku", "bisa", "apa", "tulis", "datang"};
  EXPECT_EQ(StemWith(lex, "bacalah"), "baca");
  EXPECT_EQ(StemWith(lex, "bisakah"), "bisa");
  EXPECT_EQ(StemWith(lex, "apapun"), "apa");
  EXPECT_EQ(StemWith(lex, "bukunya"), "buku");
  EXPECT_EQ(StemWith(lex, "bukuku"), "buku");
  EXPECT_EQ(StemWith(lex, "bukumu"), "buku");
  EXPECT_EQ(StemWith(lex, "tuliskan"), "tulis");
  EXPECT_EQ(StemWith(lex, "tulisan"), "tulis");
  EXPECT_EQ(StemWith(lex, "datangi"), "datang");
  EXPECT_EQ(StemWith(lex, "dibacakannya"), "baca");
  EXPECT_EQ(StemWith(lex, "bukunyalah"), "buku");
}

TEST(Suffixes, TahIsNotAParticle) {
  // "pemerintah" is peN- + "perintah"; N&A's archaic -tah would leave "pemerin".
  EXPECT_EQ(StemWith({"perintah", "perin"}, "pemerintah"), "perintah");
}

TEST(Suffixes, KahThatEndsARootOfAMeNWord) {
  EXPECT_EQ(StemWith({"nikah", "meni"}, "menikah"), "nikah");
  EXPECT_EQ(StemWith({"langkah", "lang"}, "melangkah"), "langkah");
  EXPECT_EQ(StemWith({"perlu", "lukah"}, "perlukah"), "perlu");  // not a meN- word
  EXPECT_EQ(StemWith({"dia", "alah"}, "dialah"), "dia");
}

TEST(Suffixes, RootEndingInKTakesAn) {
  EXPECT_EQ(StemWith({"masak", "masa"}, "masakan"), "masak");
  EXPECT_EQ(StemWith({"baca"}, "bacakan"), "baca");
  EXPECT_EQ(StemWith({"ikan", "peri"}, "perikanan"), "ikan");  // -kan and -an never stack
}

TEST(Suffixes, ShortRemaindersAreNotRoots) {
  // "bertanya" - "nya" - "ber" = "ta": a root must keep at least three letters.
  EXPECT_EQ(StemWith({"ta", "tanya"}, "bertanya"), "tanya");
}

// --- N&A checks and CS rule precedence -----------------------------------------------------------

TEST(Precedence, MeDiPeTeWithIStripPrefixFirst) {
  // Suffix first would give "mendak" -> "dak" and "membel" -> "bel".
  EXPECT_EQ(StemWith({"daki", "dak"}, "mendaki"), "daki");
  EXPECT_EQ(StemWith({"beli", "bel"}, "membeli"), "beli");
  EXPECT_EQ(StemWith({"cari", "car"}, "dicari"), "cari");
  EXPECT_TRUE(HasStep(TraceWith({"daki", "dak"}, "mendaki"), "precedence"));
}

TEST(Precedence, OuterPrefixAloneBeforeDeeperPrefixes) {
  // The first pass tries only the outer prefix; deeper ones come with the suffixes.
  EXPECT_EQ(StemWith({"kenal", "nali"}, "dikenali"), "kenal");
  EXPECT_EQ(StemWith({"seberang", "berangan"}, "berseberangan"), "seberang");
  EXPECT_EQ(StemWith({"pakai", "maka"}, "memakai"), "pakai");
}

TEST(Precedence, BeWithLahOrAnStripPrefixFirst) {
  EXPECT_EQ(StemWith({"sekolah", "seko"}, "bersekolah"), "sekolah");
  EXPECT_EQ(StemWith({"tahan", "ta"}, "bertahan"), "tahan");
}

TEST(NaChecks, DisallowedConfixPairKeepsTheSuffix) {
  // di-...-an is not a confix: "dimakan" is di- + "makan", not "mak".
  EXPECT_EQ(StemWith({"makan", "mak"}, "dimakan"), "makan");
  // me-...-an likewise: "memakan" -> "makan".
  EXPECT_EQ(StemWith({"makan", "mak"}, "memakan"), "makan");
  // ke-...-an is a confix.
  EXPECT_EQ(StemWith({"bersih"}, "kebersihan"), "bersih");
}

TEST(NaChecks, APrefixClassIsRemovedOnce) {
  EXPECT_EQ(StemWith({"baca"}, "didibaca"), "didibaca");
  EXPECT_EQ(StemWith({"baca"}, "diperbaca"), "baca");
}

TEST(NaChecks, ProcliticsOnlyOutermost) {
  EXPECT_EQ(StemWith({"kuasa", "asai"}, "menguasai"), "kuasa");
  EXPECT_EQ(StemWith({"baca"}, "kubaca"), "baca");
}

TEST(NaChecks, AtMostThreePrefixes) {
  EXPECT_EQ(StemWith({"baca"}, "diperkebaca"), "baca");
  EXPECT_EQ(StemWith({"baca"}, "sediperkebaca"), "sediperkebaca");
  EXPECT_EQ(StemWith({"hasil"}, "keberhasilan"), "hasil");
}

// --- suffix restoration (ECS loop pengembalian akhiran) -----------------------------------------

TEST(Restoration, DerivationalSuffixPutBack) {
  // "menahan": -an first gives "menah" -> nothing; with -an restored, meN- + "tahan".
  StemTrace trace = TraceWith({"tahan"}, "menahan");
  EXPECT_EQ(trace.root, "tahan") << Steps(trace);
  EXPECT_TRUE(HasStep(trace, "restore derivational suffix")) << Steps(trace);
}

TEST(Restoration, KOfKanPutBack) {
  StemTrace trace = TraceWith({"didik"}, "pendidikan");
  EXPECT_EQ(trace.root, "didik") << Steps(trace);
  EXPECT_TRUE(HasStep(trace, "restore k of -kan")) << Steps(trace);
  EXPECT_EQ(StemWith({"naik"}, "kenaikan"), "naik");
}

TEST(Restoration, PossessiveAndParticlePutBack) {
  StemTrace trace = TraceWith({"tanya"}, "bertanya");
  EXPECT_EQ(trace.root, "tanya");
  EXPECT_TRUE(HasStep(trace, "restore possessive")) << Steps(trace);
  trace = TraceWith({"salah"}, "tersalah");
  EXPECT_EQ(trace.root, "salah");
  EXPECT_TRUE(HasStep(trace, "restore particle")) << Steps(trace);
}

// --- whole-word behaviour ------------------------------------------------------------------------

TEST(Stemmer, WordInLexiconIsReturnedUnchanged) {
  EXPECT_EQ(StemWith({"belajar", "ajar"}, "belajar"), "belajar");
  EXPECT_EQ(StemWith({"ajar"}, "belajar"), "ajar");
}

TEST(Stemmer, NoRootMeansTheWordItself) {
  EXPECT_EQ(StemWith({"baca"}, "mengfoo"), "mengfoo");
  EXPECT_EQ(StemWith({}, "membaca"), "membaca");
}

TEST(Stemmer, FoldsAsciiCase) {
  EXPECT_EQ(StemWith({"baca"}, "MEMBACA"), "baca");
  EXPECT_EQ(StemWith({"baca"}, "Membaca"), "baca");
  EXPECT_EQ(StemWith({"baca"}, "KPK"), "kpk");
}

TEST(Stemmer, NonLettersAndOtherScriptsAreKept) {
  std::vector<std::string> lex = {"baca", "makan"};
  EXPECT_EQ(StemWith(lex, ""), "");
  EXPECT_EQ(StemWith(lex, "2024"), "2024");
  EXPECT_EQ(StemWith(lex, "rp50.000"), "rp50.000");
  EXPECT_EQ(StemWith(lex, "@membaca"), "@membaca");
  EXPECT_EQ(StemWith(lex, "membaca2"), "membaca2");
  EXPECT_EQ(StemWith(lex, "jum'at"), "jum'at");
  EXPECT_EQ(StemWith(lex, "memакан"), "memакан");          // Latin + Cyrillic
  EXPECT_EQ(StemWith(lex, "Mem\xC3\xA9"), "mem\xC3\xA9");  // é: ASCII folded only
  EXPECT_EQ(StemWith(lex, std::string("mem\0baca", 8)), std::string("mem\0baca", 8));
}

TEST(Stemmer, VeryLongTokenIsKept) {
  std::string word = "me" + std::string(10000, 'a');
  EXPECT_EQ(StemWith({"baca"}, word), word);
  std::string hyphens(10000, '-');
  EXPECT_EQ(StemWith({"baca"}, hyphens), hyphens);
}

TEST(Reduplication, FullAndAffixed) {
  std::vector<std::string> lex = {"buku", "lari", "tolong", "anak", "merah", "bolak", "balik"};
  EXPECT_EQ(StemWith(lex, "buku-buku"), "buku");
  EXPECT_EQ(StemWith(lex, "Buku-Buku"), "buku");
  EXPECT_EQ(StemWith(lex, "berlari-lari"), "lari");
  EXPECT_EQ(StemWith(lex, "tolong-menolong"), "tolong");
  EXPECT_EQ(StemWith(lex, "anak-anaknya"), "anak");
  EXPECT_EQ(StemWith(lex, "kemerah-merahan"), "merah");
}

TEST(Reduplication, PairsAndOddHyphensAreKept) {
  std::vector<std::string> lex = {"bolak", "balik", "kupu-kupu", "sayur"};
  EXPECT_EQ(StemWith(lex, "bolak-balik"), "bolak-balik");  // different roots: a lexical pair
  EXPECT_EQ(StemWith(lex, "kupu-kupu"), "kupu-kupu");      // a lexicon entry as it is
  EXPECT_EQ(StemWith(lex, "sayur-mayur"), "sayur-mayur");
  EXPECT_EQ(StemWith(lex, "-sayur"), "-sayur");
  EXPECT_EQ(StemWith(lex, "sayur-"), "sayur-");
  EXPECT_EQ(StemWith(lex, "-"), "-");
  EXPECT_EQ(StemWith(lex, "sayur-sayur-sayur"), "sayur-sayur-sayur");
}

// --- issue 18, item 6: what a full-dictionary root list exposed ---------------------------------

TEST(Reduplication, AffixedWithTheNasalRepeated) {
  std::vector<std::string> lex = {"panggil", "tiru", "sebut", "tari", "takut", "sama"};
  EXPECT_EQ(StemWith(lex, "memanggil-manggil"), "panggil");
  EXPECT_EQ(StemWith(lex, "meniru-niru"), "tiru");
  EXPECT_EQ(StemWith(lex, "menyebut-nyebut"), "sebut");
  EXPECT_EQ(StemWith(lex, "menari-nari"), "tari");
  EXPECT_EQ(StemWith(lex, "meniru-nirukan"), "tiru");
  EXPECT_EQ(StemWith(lex, "menakut-nakuti"), "takut");
  EXPECT_EQ(StemWith(lex, "menyama-nyamakan"), "sama");
  StemTrace trace = TraceWith(lex, "memanggil-manggil");
  EXPECT_TRUE(HasStep(trace, "reduplication (affixed)")) << Steps(trace);
}

TEST(Reduplication, SecondHalfWithItsOwnRootIsNotANasalCopy) {
  // "ribu" and "andai" are words: the first half hides them (ber- + "ibu", "beranda" + -i).
  EXPECT_EQ(StemWith({"ibu", "ribu"}, "beribu-ribu"), "beribu-ribu");
  EXPECT_EQ(StemWith({"beranda", "andai"}, "berandai-andai"), "berandai-andai");
  EXPECT_EQ(StemWith({"panggil"}, "memanggil-panggilan"), "panggil");  // both halves reach it
}

TEST(HyphenatedClitics, PronounsAndParticlesAfterAHyphen) {
  std::vector<std::string> lex = {"kuasa", "nikmat", "malaikat", "kepada", "rumah", "apa"};
  EXPECT_EQ(StemWith(lex, "kuasa-Mu"), "kuasa");
  EXPECT_EQ(StemWith(lex, "nikmat-Ku"), "nikmat");
  EXPECT_EQ(StemWith(lex, "malaikat-malaikat-Nya"), "malaikat");
  EXPECT_EQ(StemWith(lex, "kepada-Nyalah"), "kepada");
  EXPECT_EQ(StemWith(lex, "rumah-nya"), "rumah");
  EXPECT_EQ(StemWith(lex, "apa-pun"), "apa");
  EXPECT_EQ(StemWith(lex, "jokowi-nya"), "jokowi");  // no root, but the clitic is certain
  EXPECT_EQ(StemWith(lex, "-nya"), "-nya");
  EXPECT_EQ(StemWith(lex, "rumah--nya"), "rumah--nya");
  EXPECT_EQ(StemWith(lex, "rumah-nyaa"), "rumah-nyaa");
  EXPECT_TRUE(HasStep(TraceWith(lex, "kuasa-Mu"), "clitic -mu"));
}

TEST(Infix, InIsRemovedLastAndOnlyFromUnlistedWords) {
  EXPECT_EQ(StemWith({"kerja"}, "kinerja"), "kerja");
  EXPECT_EQ(StemWith({"kerja"}, "kinerjanya"), "kerja");
  EXPECT_TRUE(HasStep(TraceWith({"kerja"}, "kinerja"), "infix -in-"));
  EXPECT_EQ(StemWith({"kerja", "kinerja"}, "kinerja"), "kinerja");    // N&A: a listed word
  EXPECT_EQ(StemWith({"kahin", "nikah"}, "dinikahin"), "dinikahin");  // di- + "nikahin"
  EXPECT_EQ(StemWith({"mang"}, "minang"), "minang");                  // root under 5 letters
  EXPECT_EQ(StemWith({"rawan"}, "relawan"), "relawan");               // -el- is not removed
  EXPECT_EQ(StemWith({"tunjuk"}, "telunjuk"), "telunjuk");
}

TEST(Confix, KeAnWinsOverARootThatStartsWithKe) {
  // A full dictionary lists "keduduk" (a shrub); N&A's order would stop there.
  std::vector<std::string> lex = {"duduk", "keduduk", "siap",  "kesiap",
                                  "kemas", "mas",     "kenal", "nal"};
  StemTrace trace = TraceWith(lex, "kedudukan");
  EXPECT_EQ(trace.root, "duduk") << Steps(trace);
  EXPECT_TRUE(HasStep(trace, "confix ke-...-an")) << Steps(trace);
  EXPECT_EQ(StemWith(lex, "kedudukannya"), "duduk");
  EXPECT_EQ(StemWith(lex, "kesiapan"), "siap");
  EXPECT_EQ(StemWith(lex, "keduduk"), "keduduk");  // the listed word itself
  // A one-syllable rest is the tail of a root that starts with ke.
  EXPECT_EQ(StemWith(lex, "kemasan"), "kemas");
  EXPECT_EQ(StemWith(lex, "kenalan"), "kenal");
}

TEST(DerivationalRoot, LeavesCliticsInPlace) {
  std::vector<std::string> lex = {"temu", "pikir", "masak", "rumah", "tanya", "kata", "kerja"};
  Stemmer stemmer(std::make_shared<RootLexicon>(lex), StemmerOptions{.use_cache = false});
  EXPECT_EQ(stemmer.DerivationalRoot("menemukan"), "temu");
  EXPECT_EQ(stemmer.DerivationalRoot("pikir-pikir"), "pikir");
  EXPECT_EQ(stemmer.DerivationalRoot("masakan"), "masak");
  EXPECT_EQ(stemmer.DerivationalRoot("bertanya"), "tanya");
  EXPECT_EQ(stemmer.DerivationalRoot("Rumah"), "rumah");
  EXPECT_EQ(stemmer.DerivationalRoot("kinerja"), "kerja");
  EXPECT_FALSE(stemmer.DerivationalRoot("kumenemukan"));
  EXPECT_FALSE(stemmer.DerivationalRoot("rumahnya"));
  EXPECT_FALSE(stemmer.DerivationalRoot("temukanlah"));
  EXPECT_FALSE(stemmer.DerivationalRoot("kata-katanya"));
  EXPECT_FALSE(stemmer.DerivationalRoot("rumah-nya"));
  EXPECT_FALSE(stemmer.DerivationalRoot("xyz"));
  EXPECT_FALSE(stemmer.DerivationalRoot("2024"));
  EXPECT_EQ(stemmer.Stem("kumenemukannya"), "temu");  // Stem removes them
}

TEST(Stemmer, TraceAgreesWithStem) {
  std::vector<std::string> lex = {"layan", "baca", "tahan", "didik"};
  Stemmer stemmer(std::make_shared<RootLexicon>(lex));
  for (std::string w : {"melayani", "pelayanan", "dilayani", "layanan", "dibacakan", "menahan",
                        "pendidikan", "buku-buku", "xyz"}) {
    EXPECT_EQ(stemmer.Trace(w).root, stemmer.Stem(w)) << w;
  }
  EXPECT_TRUE(stemmer.Trace("xyz").steps.empty());
  EXPECT_EQ(stemmer.Trace("baca").steps, std::vector<std::string>{"lexicon"});
}

}  // namespace
}  // namespace liputan
