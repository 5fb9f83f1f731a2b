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

bool CoveredHere(const LabelValidity& v, const std::string& axis) {
  for (const ValidatedScore& s : v.validated_here)
    if (s.axis == axis) return true;
  return false;
}

// Without the user's validation, a model without real scores is said not to be validated; with
// it, only the real scores (where the manifest has them) and the sets neither measure are said.
std::string ModelSentences(const LabelValidity& v, const Labels& labels) {
  std::vector<const RealScore*> validated;
  std::vector<std::string> unvalidated;
  for (const RealScore& s : v.label_sets) {
    if (s.validated) {
      validated.push_back(&s);
    } else if (!CoveredHere(v, s.axis)) {
      unvalidated.push_back(AxisName(s.axis, labels));
    }
  }
  if (validated.empty() && !v.validated_here.empty()) {
    return unvalidated.empty()
               ? ""
               : Fill(labels.Ui("validity_sets_unvalidated"), {Join(unvalidated, ", ")});
  }
  if (validated.empty()) return Fill(labels.Ui("validity_model_unvalidated"), {v.model});
  std::string text = Scores(validated, v.model, labels);
  if (!unvalidated.empty())
    text += " " + Fill(labels.Ui("validity_sets_unvalidated"), {Join(unvalidated, ", ")});
  return text;
}

// "0.74 (95% interval: 0.68–0.80)"; the interval's words once, for the first set.
std::string ScoreWithInterval(const ValidatedScore& s, bool first, const Labels& labels) {
  std::string text = labels.Decimal(s.macro_f1, 2);
  if (IsMissing(s.low) || IsMissing(s.high)) return text;
  const std::string range = labels.Decimal(s.low, 2) + "–" + labels.Decimal(s.high, 2);
  return text + " (" + (first ? Fill(labels.Ui("validation_interval"), {range}) : range) + ")";
}

// The macro-F1 per label set on the user's own labeled posts, and what the interval assumes.
std::string ValidationSentences(const LabelValidity& v, const Labels& labels) {
  std::set<int64_t> counts;
  for (const ValidatedScore& s : v.validated_here) counts.insert(s.posts);
  const bool one_count = counts.size() == 1;
  std::vector<std::string> scores;
  for (const ValidatedScore& s : v.validated_here) {
    std::string score =
        AxisName(s.axis, labels) + " " + ScoreWithInterval(s, scores.empty(), labels);
    if (!one_count)
      score += " [" + Fill(labels.Ui("validity_set_posts"), {labels.Integer(s.posts)}) + "]";
    scores.push_back(score);
  }
  const std::string lead = v.from_model ? Fill(labels.Ui("validation_model_lead"), {v.model})
                                        : labels.Ui("validation_input_lead");
  const std::string where =
      v.validation_file + (v.validation_weighted ? labels.Ui("validation_weighted") : "");
  std::string text =
      one_count ? Fill(labels.Ui("validation_scores"),
                       {lead, labels.Integer(*counts.begin()), where, Join(scores, ", ")})
                : Fill(labels.Ui("validation_scores_each"), {lead, where, Join(scores, ", ")});
  if (v.validation_assumes_srs) text += " " + labels.Ui("validation_srs");
  return text;
}

std::string Sentences(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts)
    if (!part.empty()) out += (out.empty() ? "" : " ") + part;
  return out;
}

// Which matrix corrects the shares (report.json "model.confusion_source").
std::string ConfusionSentence(const LabelValidity& v, const Labels& labels) {
  const std::string& s = v.confusion_source;
  if (!v.has_confusion) return labels.Ui("confusion_none");
  if (s == "real posts") return labels.Ui("confusion_real");
  if (s == "labeled posts") return labels.Ui("confusion_validation");
  if (s == "training corpus (cross-validation)") return labels.Ui("confusion_cv");
  if (s == "real posts and training corpus (cross-validation)") return labels.Ui("confusion_mixed");
  return s.empty() ? labels.Ui("confusion_given") : Fill(labels.Ui("confusion_file"), {s});
}

}  // namespace

std::string ValidityNote(const ReportView& view, const Labels& labels) {
  const LabelValidity& v = view.label_validity;
  if (!v.known) return "";
  const bool here = !v.validated_here.empty();
  // Said whenever the user's labels do not validate the shares: scores on other real posts (a
  // manifest's real_validation) do not say how right the labels of these posts are.
  const std::string not_here =
      here || !v.any_labels ? "" : " " + labels.Ui("validity_not_validated_here");
  if (v.from_model) {
    return Sentences({here ? ValidationSentences(v, labels) : "", ModelSentences(v, labels),
                      ConfusionSentence(v, labels)}) +
           not_here;
  }
  if (!v.any_labels) return labels.Ui("validity_no_labels");
  if (here) return ValidationSentences(v, labels) + " " + ConfusionSentence(v, labels);
  return labels.Ui("validity_input") + " " + ConfusionSentence(v, labels) + not_here;
}

}  // namespace liputan::render
