#include "report/validity_note.h"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "report/finding_writer.h"

namespace liputan::report {

namespace {

const char kIndicative[] = "anggap porsinya sebagai indikasi.";

std::string Join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// "334 unggahan nyata ... (sumber: X): sektor 0,71, fungsi 0,62." The count is said once when
// every set was scored on as many posts (the usual case: one labeled sample), else per set.
std::string Scores(const std::vector<std::pair<std::string, const RealValidation*>>& validated) {
  std::set<int64_t> counts;
  std::vector<std::string> sources;
  for (const auto& [set, real] : validated) {
    counts.insert(real->examples);
    if (!real->source.empty() &&
        std::find(sources.begin(), sources.end(), real->source) == sources.end())
      sources.push_back(real->source);
  }
  const bool one_count = counts.size() == 1;
  std::string s = one_count ? std::to_string(*counts.begin()) + " " : "";
  s += "unggahan nyata akun pemerintah yang dilabeli manusia";
  if (!sources.empty()) s += " (sumber: " + Join(sources, ", ") + ")";
  std::vector<std::string> scores;
  for (const auto& [set, real] : validated) {
    std::string score = set + " " + (real->macro_f1 ? FormatDecimal(*real->macro_f1, 2) : "–");
    if (!one_count) score += " (" + std::to_string(real->examples) + " unggahan)";
    scores.push_back(score);
  }
  return s + ": " + Join(scores, ", ") + ".";
}

// The label sets the user's own labeled posts score (report.json "model.validation").
std::set<std::string> CoveredByValidation(const ModelSummary& model) {
  std::set<std::string> covered;
  if (!model.validation) return covered;
  for (const ValidatedScores& s : model.validation->label_sets) covered.insert(s.label_set);
  return covered;
}

// Without the user's validation, a model without real scores is said not to be validated; with
// it, only the real scores (where the manifest has them) and the sets neither measure are said.
std::string ModelSentences(const Report& report) {
  const ModelSummary& model = *report.model;
  const std::set<std::string> covered = CoveredByValidation(model);
  std::map<std::string, const RealValidation*> sets;  // by name, the last of a name
  for (const auto& [name, real] : model.label_sets) sets[name] = real ? &*real : nullptr;
  std::vector<std::string> names;
  for (const auto& [name, real] : sets) names.push_back(name);
  std::vector<std::pair<std::string, const RealValidation*>> validated;
  std::vector<std::string> unvalidated;
  for (const std::string& set : report.LabelSetOrder(names)) {
    if (sets.at(set) != nullptr) {
      validated.emplace_back(set, sets.at(set));
    } else if (!covered.count(set)) {
      unvalidated.push_back(set);
    }
  }
  const std::string lead = "Model " + model.name + ": ";
  if (validated.empty() && !covered.empty()) {
    return unvalidated.empty() ? ""
                               : "Label " + Join(unvalidated, ", ") +
                                     " belum divalidasi pada unggahan nyata: " + kIndicative;
  }
  if (validated.empty()) {
    return lead + "label konten belum divalidasi pada unggahan nyata akun-akun ini: " + kIndicative;
  }
  std::string s = lead + "macro-F1 pada " + Scores(validated);
  if (!unvalidated.empty()) {
    s += " Label " + Join(unvalidated, ", ") +
         " belum divalidasi pada unggahan nyata: " + kIndicative;
  }
  return s;
}

// "0,74 (selang 95%: 0,68–0,80)"; the interval's words once, for the first set.
std::string ScoreWithInterval(const ValidatedScores& scores, bool first) {
  std::string s = FormatDecimal(scores.macro_f1, 2);
  if (scores.macro_f1_low && scores.macro_f1_high) {
    s += std::string(" (") + (first ? "selang 95%: " : "") +
         FormatDecimal(*scores.macro_f1_low, 2) + "–" + FormatDecimal(*scores.macro_f1_high, 2) +
         ")";
  }
  return s;
}

// "Model X: macro-F1 pada 120 unggahan yang Anda labeli sendiri (FILE): sektor 0,74 (selang 95%:
// 0,68–0,80), fungsi 0,61 (0,55–0,67)." and what the interval assumes.
std::string ValidationSentences(const Report& report) {
  const ModelSummary& model = *report.model;
  const ValidationSummary& v = *model.validation;
  std::map<std::string, const ValidatedScores*> sets;  // by name, the last of a name
  for (const ValidatedScores& s : v.label_sets) sets[s.label_set] = &s;
  std::set<int64_t> counts;
  std::vector<std::string> names;
  for (const auto& [set, scores] : sets) {
    counts.insert(scores->labeled_posts);
    names.push_back(set);
  }
  const bool one_count = counts.size() == 1;
  std::vector<std::string> scores;
  for (const std::string& set : report.LabelSetOrder(names)) {
    std::string score = set + " " + ScoreWithInterval(*sets.at(set), scores.empty());
    if (!one_count) score += " [" + std::to_string(sets.at(set)->labeled_posts) + " unggahan]";
    scores.push_back(score);
  }
  std::string s =
      model.labels_from_model ? "Model " + model.name + ": " : "Label konten dari masukan: ";
  s += "macro-F1 pada " + (one_count ? std::to_string(*counts.begin()) + " " : std::string()) +
       "unggahan laporan ini yang dilabeli sendiri (" + v.file +
       (v.sample == "validate" ? ", sampel berstrata dibobot 1/peluang inklusi" : "") +
       "): " + Join(scores, ", ") + ".";
  if (v.simple_random_sample_assumed) {
    s += " Selang ini menganggap unggahan berlabel itu sampel acak sederhana (tidak ditarik "
         "sebagai sampel validate).";
  }
  return s;
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
std::string ConfusionSentence(const std::optional<std::string>& source) {
  if (!source) return "Tidak ada matriks kekeliruan: hanya porsi mentah yang dihitung.";
  const std::string& s = *source;
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

std::string ValidityNoteMarkdown(const Report& report) {
  const std::string lead = "**Validitas label konten.** ";
  const bool validated_here = report.model && report.model->validation;
  const bool any_labels = report.HasContentLabels();
  const std::string not_validated_here = validated_here || !any_labels ? "" : kNotValidatedHere;
  const std::string confusion = ConfusionSentence(report.confusion_source);
  if (report.model && report.model->labels_from_model) {
    return lead +
           Sentences({validated_here ? ValidationSentences(report) : "", ModelSentences(report),
                      confusion}) +
           not_validated_here + "\n\n";
  }
  if (!any_labels) return lead + "Unggahan tidak membawa label konten.\n\n";
  if (validated_here) return lead + Sentences({ValidationSentences(report), confusion}) + "\n\n";
  return lead +
         "Label konten berasal dari masukan (bukan dari model pada proses ini) dan belum "
         "divalidasi: " +
         kIndicative + " " + confusion + not_validated_here + "\n\n";
}

}  // namespace liputan::report
