#include "report/render/validity_note.h"

#include <algorithm>
#include <initializer_list>
#include <set>
#include <vector>

namespace liputan::render {
namespace {

// `text` with each "%s" in turn replaced by the next of `args` (an argument's own "%s" stays).
std::string Fill(std::string text, std::initializer_list<std::string> args) {
  size_t from = 0;
  for (const std::string& arg : args) {
    const size_t at = text.find("%s", from);
    if (at == std::string::npos) break;
    text.replace(at, 2, arg);
    from = at + arg.size();
  }
  return text;
}

std::string Join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// "Sektor" / "Sector" for the known axes; another set by its own name.
std::string AxisName(const std::string& axis, const Labels& labels) {
  const std::string key = "axis_" + axis;
  const std::string name = labels.Ui(key);
  return name == key ? axis : name;
}

// "… on 334 real posts … (source: X): Sector 0.71, Function 0.62." The count is said once when
// every set was scored on as many posts (one labeled sample), else per set.
std::string Scores(const std::vector<const RealScore*>& validated, const std::string& model,
                   const Labels& labels) {
  std::set<int64_t> counts;
  std::vector<std::string> sources;
  for (const RealScore* s : validated) {
    counts.insert(s->examples);
    if (!s->source.empty() && std::find(sources.begin(), sources.end(), s->source) == sources.end())
      sources.push_back(s->source);
  }
  const bool one_count = counts.size() == 1;
  std::vector<std::string> scores;
  for (const RealScore* s : validated) {
    std::string score = AxisName(s->axis, labels) + " " + labels.Decimal(s->macro_f1, 2);
    if (!one_count)
      score += " (" + Fill(labels.Ui("validity_set_posts"), {labels.Integer(s->examples)}) + ")";
    scores.push_back(score);
  }
  const std::string source =
      sources.empty() ? "" : " (" + Fill(labels.Ui("validity_source"), {Join(sources, ", ")}) + ")";
  return one_count
             ? Fill(labels.Ui("validity_model_scores"),
                    {model, labels.Integer(*counts.begin()), source, Join(scores, ", ")})
             : Fill(labels.Ui("validity_model_scores_each"), {model, source, Join(scores, ", ")});
}

std::string ModelSentences(const LabelValidity& v, const Labels& labels) {
  std::vector<const RealScore*> validated;
  std::vector<std::string> unvalidated;
  for (const RealScore& s : v.label_sets) {
    if (s.validated) {
      validated.push_back(&s);
    } else {
      unvalidated.push_back(AxisName(s.axis, labels));
    }
  }
  if (validated.empty()) return Fill(labels.Ui("validity_model_unvalidated"), {v.model});
  std::string text = Scores(validated, v.model, labels);
  if (!unvalidated.empty())
    text += " " + Fill(labels.Ui("validity_sets_unvalidated"), {Join(unvalidated, ", ")});
  return text;
}

// Which matrix corrects the shares (report.json "model.confusion_source").
std::string ConfusionSentence(const LabelValidity& v, const Labels& labels) {
  const std::string& s = v.confusion_source;
  if (!v.has_confusion) return labels.Ui("confusion_none");
  if (s == "real posts") return labels.Ui("confusion_real");
  if (s == "training corpus (cross-validation)") return labels.Ui("confusion_cv");
  if (s == "real posts and training corpus (cross-validation)") return labels.Ui("confusion_mixed");
  return s.empty() ? labels.Ui("confusion_given") : Fill(labels.Ui("confusion_file"), {s});
}

}  // namespace

std::string ValidityNote(const ReportView& view, const Labels& labels) {
  const LabelValidity& v = view.label_validity;
  if (!v.known) return "";
  if (v.from_model) return ModelSentences(v, labels) + " " + ConfusionSentence(v, labels);
  if (!v.any_labels) return labels.Ui("validity_no_labels");
  return labels.Ui("validity_input") + " " + ConfusionSentence(v, labels);
}

}  // namespace liputan::render
