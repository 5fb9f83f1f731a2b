#include "report/validity_note.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "report/content_labels.h"
#include "report/finding_writer.h"

namespace liputan::report {

namespace {

using nlohmann::json;

const char kIndicative[] = "anggap porsinya sebagai indikasi.";

std::string Text(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

std::string Join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// "334 unggahan nyata ... (sumber: X): sektor 0,71, fungsi 0,62." The count is said once when
// every set was scored on as many posts (the usual case: one labeled sample), else per set.
std::string Scores(const json& sets, const std::vector<std::string>& validated) {
  std::set<int64_t> counts;
  std::vector<std::string> sources;
  for (const std::string& set : validated) {
    counts.insert(sets.at(set).value("real_examples", int64_t{0}));
    const std::string source = Text(sets.at(set), "real_source");
    if (!source.empty() && std::find(sources.begin(), sources.end(), source) == sources.end())
      sources.push_back(source);
  }
  const bool one_count = counts.size() == 1;
  std::string s = one_count ? std::to_string(*counts.begin()) + " " : "";
  s += "unggahan nyata akun pemerintah yang dilabeli manusia";
  if (!sources.empty()) s += " (sumber: " + Join(sources, ", ") + ")";
  std::vector<std::string> scores;
  for (const std::string& set : validated) {
    const json& f1 = sets.at(set).at("real_macro_f1");
    std::string score = set + " " + (f1.is_number() ? FormatDecimal(f1.get<double>(), 2) : "–");
    if (!one_count)
      score +=
          " (" + std::to_string(sets.at(set).value("real_examples", int64_t{0})) + " unggahan)";
    scores.push_back(score);
  }
  return s + ": " + Join(scores, ", ") + ".";
}

// The label sets the user's own labeled posts score (report.json "model.validation").
std::set<std::string> CoveredByValidation(const json& model) {
  std::set<std::string> covered;
  const auto v = model.find("validation");
  if (v == model.end() || !v->is_object()) return covered;
  for (const auto& [set, scores] : v->at("label_sets").items()) covered.insert(set);
  return covered;
}

// Without the user's validation, a model without real scores is said not to be validated; with
// it, only the real scores (where the manifest has them) and the sets neither measure are said.
std::string ModelSentences(const json& model) {
  const json& sets = model.at("label_sets");
  const std::set<std::string> covered = CoveredByValidation(model);
  std::vector<std::string> validated, unvalidated;
  for (const std::string& set : ValidityLabelSetOrder(sets)) {
    if (sets.at(set).is_object()) {
      validated.push_back(set);
    } else if (!covered.count(set)) {
      unvalidated.push_back(set);
    }
  }
  const std::string lead = "Model " + Text(model, "name") + ": ";
  if (validated.empty() && !covered.empty()) {
    return unvalidated.empty() ? ""
                               : "Label " + Join(unvalidated, ", ") +
                                     " belum divalidasi pada unggahan nyata: " + kIndicative;
  }
  if (validated.empty()) {
    return lead + "label konten belum divalidasi pada unggahan nyata akun-akun ini: " + kIndicative;
  }
  std::string s = lead + "macro-F1 pada " + Scores(sets, validated);
  if (!unvalidated.empty()) {
    s += " Label " + Join(unvalidated, ", ") +
         " belum divalidasi pada unggahan nyata: " + kIndicative;
  }
  return s;
}

// "0,74 (selang 95%: 0,68–0,80)"; the interval's words once, for the first set.
std::string ScoreWithInterval(const json& scores, bool first) {
  std::string s = FormatDecimal(scores.value("macro_f1", 0.0), 2);
  const json& low = scores.at("macro_f1_low");
  const json& high = scores.at("macro_f1_high");
  if (low.is_number() && high.is_number()) {
    s += std::string(" (") + (first ? "selang 95%: " : "") + FormatDecimal(low.get<double>(), 2) +
         "–" + FormatDecimal(high.get<double>(), 2) + ")";
  }
  return s;
}

// "Model X: macro-F1 pada 120 unggahan yang Anda labeli sendiri (FILE): sektor 0,74 (selang 95%:
// 0,68–0,80), fungsi 0,61 (0,55–0,67)." and what the interval assumes.
std::string ValidationSentences(const json& model) {
  const json& v = model.at("validation");
  const json& sets = v.at("label_sets");
  std::set<int64_t> counts;
  for (const auto& [set, scores] : sets.items()) counts.insert(scores.value("labeled_posts", 0));
  const bool one_count = counts.size() == 1;
  std::vector<std::string> scores;
  for (const std::string& set : ValidityLabelSetOrder(sets)) {
    std::string score = set + " " + ScoreWithInterval(sets.at(set), scores.empty());
    if (!one_count)
      score += " [" + std::to_string(sets.at(set).value("labeled_posts", 0)) + " unggahan]";
    scores.push_back(score);
  }
  std::string s = Text(model, "labels_from") == "model" ? "Model " + Text(model, "name") + ": "
                                                        : "Label konten dari masukan: ";
  s += "macro-F1 pada " + (one_count ? std::to_string(*counts.begin()) + " " : std::string()) +
       "unggahan laporan ini yang dilabeli sendiri (" + Text(v, "file") +
       (Text(v, "sample") == "validate" ? ", sampel berstrata dibobot 1/peluang inklusi" : "") +
       "): " + Join(scores, ", ") + ".";
  if (v.value("interval_assumes_simple_random_sample", false)) {
    s += " Selang ini menganggap unggahan berlabel itu sampel acak sederhana (tidak ditarik "
         "sebagai sampel validate).";
  }
  return s;
}

bool HasValidation(const json& model) {
  const auto v = model.find("validation");
  return v != model.end() && v->is_object();
}

// Said whenever the user's labels do not validate the shares: the scores on other real posts
// (a manifest's real_validation) do not say how right the labels of these posts are.
const char kNotValidatedHere[] =
    " Porsi dalam laporan ini belum divalidasi pada unggahannya sendiri: labeli sampelnya "
    "(liputan annotate sample, lalu report --validation) untuk mengukurnya.";

std::string Sentences(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts)
    if (!part.empty()) out += (out.empty() ? "" : " ") + part;
  return out;
}

// Which matrix corrects the shares (report.json "model.confusion_source").
std::string ConfusionSentence(const json& source) {
  if (!source.is_string()) return "Tidak ada matriks kekeliruan: hanya porsi mentah yang dihitung.";
  const std::string& s = source.get_ref<const std::string&>();
  const std::string lead = "Porsi terkoreksi memakai matriks kekeliruan ";
  if (s == "real posts") return lead + "yang diukur pada unggahan nyata tersebut.";
  if (s == "training corpus (cross-validation)")
    return lead + "hasil validasi silang pada korpus pelatihan, bukan pada unggahan nyata.";
  if (s == "labeled posts") {
    return lead + "dari unggahan yang dilabeli sendiri itu, dibobot seperti estimasinya.";
  }
  if (s == "real posts and training corpus (cross-validation)") {
    return lead +
           "yang diukur pada unggahan nyata bila ada, selain itu hasil validasi silang pada "
           "korpus pelatihan.";
  }
  return lead + (s.empty() ? "yang diberikan." : "dari " + s + ".");
}

}  // namespace

std::string ValidityNoteMarkdown(const json& report) {
  const auto model = report.find("model");
  if (model == report.end() || !model->is_object()) return "";
  const std::string lead = "**Validitas label konten.** ";
  const bool validated_here = HasValidation(*model);
  const std::string not_validated_here =
      validated_here || !ReportHasContentLabels(report) ? "" : kNotValidatedHere;
  if (Text(*model, "labels_from") == "model") {
    return lead +
           Sentences({validated_here ? ValidationSentences(*model) : "", ModelSentences(*model),
                      ConfusionSentence(model->at("confusion_source"))}) +
           not_validated_here + "\n\n";
  }
  if (!ReportHasContentLabels(report)) return lead + "Unggahan tidak membawa label konten.\n\n";
  if (validated_here) {
    return lead +
           Sentences(
               {ValidationSentences(*model), ConfusionSentence(model->at("confusion_source"))}) +
           "\n\n";
  }
  return lead +
         "Label konten berasal dari masukan (bukan dari model pada proses ini) dan belum "
         "divalidasi: " +
         kIndicative + " " + ConfusionSentence(model->at("confusion_source")) + not_validated_here +
         "\n\n";
}

}  // namespace liputan::report
