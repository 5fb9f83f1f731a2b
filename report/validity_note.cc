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

std::string ModelSentences(const json& model) {
  const json& sets = model.at("label_sets");
  std::vector<std::string> validated, unvalidated;
  for (const std::string& set : ValidityLabelSetOrder(sets))
    (sets.at(set).is_object() ? validated : unvalidated).push_back(set);
  const std::string lead = "Model " + Text(model, "name") + ": ";
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

// Which matrix corrects the shares (report.json "model.confusion_source").
std::string ConfusionSentence(const json& source) {
  if (!source.is_string()) return "Tidak ada matriks kekeliruan: hanya porsi mentah yang dihitung.";
  const std::string& s = source.get_ref<const std::string&>();
  const std::string lead = "Porsi terkoreksi memakai matriks kekeliruan ";
  if (s == "real posts") return lead + "yang diukur pada unggahan nyata tersebut.";
  if (s == "training corpus (cross-validation)")
    return lead + "hasil validasi silang pada korpus pelatihan, bukan pada unggahan nyata.";
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
  if (Text(*model, "labels_from") == "model") {
    return lead + ModelSentences(*model) + " " + ConfusionSentence(model->at("confusion_source")) +
           "\n\n";
  }
  if (!ReportHasContentLabels(report)) return lead + "Unggahan tidak membawa label konten.\n\n";
  return lead +
         "Label konten berasal dari masukan (bukan dari model pada proses ini) dan belum "
         "divalidasi: " +
         kIndicative + " " + ConfusionSentence(model->at("confusion_source")) + "\n\n";
}

}  // namespace liputan::report
