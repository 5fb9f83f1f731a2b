#include "annotate/label_app.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "annotate/label_page.h"
#include "common/error.h"
#include "corpora/annotation_file.h"

namespace liputan::annotate {
namespace {

using nlohmann::json;

// The page loads nothing from elsewhere; the policy makes the browser enforce that.
const char kContentSecurityPolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

HttpResponse JsonResponse(int status, const json& body) {
  HttpResponse r;
  r.status = status;
  r.body = body.dump();
  return r;
}

HttpResponse Refuse(int status, const std::string& why) {
  return JsonResponse(status, json{{"error", why}});
}

const char* ContentType(const std::string& name) {
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  if (name.ends_with(".svg")) return "image/svg+xml";
  return "text/html; charset=utf-8";
}

json PostJson(const AnnotationRow& row) {
  return json{{"id", row.id},         {"agency", row.agency}, {"created_at", row.created_at},
              {"url", row.url},       {"text", row.text},     {"strategy", row.strategy},
              {"status", row.status}, {"note", row.note}};
}

std::string Cell(const std::map<std::string, std::string>& cells, const std::string& key) {
  const auto it = cells.find(key);
  return it == cells.end() ? "" : it->second;
}

bool IsApiPath(const std::string& path) {
  return path == "/api/answer" || path == "/api/skip" || path == "/api/undo" ||
         path == "/api/finish" || path == "/api/state" || path == "/api/codebook";
}

}  // namespace

LabelApp::LabelApp(LabelSession& session, std::vector<OfferedLabelSet> codebook, std::string path)
    : session_(session), codebook_(std::move(codebook)), path_(std::move(path)) {}

std::string LabelApp::StateJson() const {
  const AnnotationFile& file = session_.file();
  const LabelCursor& cursor = session_.cursor();
  json state{{"file", std::filesystem::path(path_).filename().string()},
             {"total", file.rows.size()},
             {"labeled", session_.labeled()},
             {"skipped", session_.skipped()},
             {"finished", session_.finished()},
             {"can_undo", session_.can_undo()},
             {"row", cursor.row},
             {"set", cursor.set}};
  if (session_.finished()) return state.dump();
  const AnnotationRow& row = file.rows[cursor.row];
  state["post"] = PostJson(row);
  json sets = json::array();
  for (const std::string& name : file.label_sets) {
    const auto p = row.suggested_p.find(name);
    sets.push_back({{"name", name},
                    {"suggested", Cell(row.suggested, name)},
                    {"suggested_p", p == row.suggested_p.end() ? 0.0 : p->second},
                    {"label", Cell(row.labels, name)},
                    {"chosen", Cell(cursor.pending, name)}});
  }
  state["sets"] = std::move(sets);
  return state.dump();
}

HttpResponse LabelApp::Handle(const HttpRequest& request) {
  const std::string& path = request.path;
  const bool is_page = path == "/" || LabelPageFiles().count(path.substr(1)) != 0;
  if (!is_page && !IsApiPath(path)) return Refuse(404, "no such page: " + path);
  const bool wants_post =
      path.starts_with("/api/") && path != "/api/state" && path != "/api/codebook";
  if (request.method != (wants_post ? "POST" : "GET")) {
    HttpResponse r = Refuse(405, request.method + " is not allowed on " + path);
    r.headers.emplace_back("Allow", wants_post ? "POST" : "GET");
    return r;
  }
  if (!wants_post) return Get(path);
  const std::string* type = request.Header("content-type");
  if (!type || !type->starts_with("application/json")) {
    return Refuse(415, "POST bodies must be application/json");
  }
  return Post(path, request.body);
}

HttpResponse LabelApp::Get(const std::string& path) {
  if (path == "/api/state") return JsonResponse(200, json::parse(StateJson()));
  if (path == "/api/codebook") {
    json sets = json::array();
    for (const OfferedLabelSet& set : codebook_) {
      json labels = json::array();
      for (const OfferedLabel& l : set.labels) {
        labels.push_back({{"slug", l.slug},
                          {"name", l.name},
                          {"name_en", l.name_en},
                          {"description", l.description},
                          {"known", l.known}});
      }
      sets.push_back({{"name", set.name}, {"labels", std::move(labels)}});
    }
    return JsonResponse(200, json{{"sets", std::move(sets)}});
  }
  const std::string name = path == "/" ? "index.html" : path.substr(1);
  HttpResponse r;
  r.content_type = ContentType(name);
  r.body = std::string(LabelPageFiles().at(name));
  r.headers = {{"Content-Security-Policy", kContentSecurityPolicy},
               {"Referrer-Policy", "no-referrer"}};
  return r;
}

HttpResponse LabelApp::Stale(const std::string& why) const {
  return JsonResponse(409, json{{"error", why}, {"state", json::parse(StateJson())}});
}

HttpResponse LabelApp::Change(bool changed, bool undo_on_failure) {
  if (changed) {
    try {
      WriteAnnotationCsv(path_, session_.file());
    } catch (const std::exception& e) {
      if (undo_on_failure) session_.Undo();
      return Refuse(500, std::string("could not save the answer: ") + e.what());
    }
  }
  return JsonResponse(200, json::parse(StateJson()));
}

HttpResponse LabelApp::Post(const std::string& path, const std::string& body) {
  const json request = json::parse(body, nullptr, false);
  if (request.is_discarded() || !request.is_object()) {
    return Refuse(400, "the body is not a JSON object");
  }
  if (path == "/api/finish") {
    HttpResponse r = JsonResponse(
        200,
        json{{"finished", true}, {"labeled", session_.labeled()}, {"skipped", session_.skipped()}});
    r.stop_after = true;
    return r;
  }
  if (path == "/api/undo") return Change(session_.Undo(), false);
  if (!request.contains("row") || !request["row"].is_number_unsigned()) {
    return Refuse(400, "\"row\" must be a row number");
  }
  const LabelCursor& cursor = session_.cursor();
  const bool stale = session_.finished() || request["row"].get<size_t>() != cursor.row;
  if (path == "/api/skip") {
    if (stale) return Stale("that post is no longer current");
    return Change(session_.Skip(), true);
  }
  if (!request.contains("set") || !request["set"].is_number_unsigned() ||
      !request.contains("label") || !request["label"].is_string()) {
    return Refuse(400, "an answer needs \"row\", \"set\" (numbers) and \"label\" (a string)");
  }
  if (stale || request["set"].get<size_t>() != cursor.set) {
    return Stale("that label set is no longer current");
  }
  const std::string label = request["label"].get<std::string>();
  const auto& offered = codebook_[cursor.set].labels;
  if (std::none_of(offered.begin(), offered.end(),
                   [&](const OfferedLabel& l) { return l.slug == label; })) {
    return Refuse(400, "\"" + label + "\" is not a label of " + codebook_[cursor.set].name);
  }
  return Change(session_.Answer(label), true);
}

}  // namespace liputan::annotate
