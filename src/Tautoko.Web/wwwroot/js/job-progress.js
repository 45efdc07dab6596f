// Long jobs (/jobs/{id}): polls the job's JSON progress and updates the page without reloading it; when the job has
// made something, goes there. Served from the site, so the Content-Security-Policy (script-src 'self') allows it.
(function () {
    "use strict";
    var box = document.getElementById("job");
    if (!box) { return; }
    var url = box.getAttribute("data-job-url");
    function text(id, value) { var el = document.getElementById(id); if (el) { el.textContent = String(value); } }
    function show(job) {
        var bar = document.getElementById("job-progress");
        if (bar) { bar.value = job.percent; bar.textContent = job.percent + "%"; }
        text("job-stage", job.stage);
        text("job-percent", job.percent);
        text("job-step", job.step);
        var state = String(job.state).toLowerCase();
        box.setAttribute("data-state", state);
        if (state === "queued" || state === "running") { return false; }
        var result = document.getElementById("job-result");
        if (result) {
            result.textContent = job.message || "";
            if (job.resultUrl) {
                var link = document.createElement("a");
                link.id = "job-result-opening";
                link.href = job.resultUrl;
                link.textContent = " Open the result";
                result.appendChild(link);
            } else if (state === "failed") {
                result.className = "alert";
            }
        }
        if (job.resultUrl) { window.location.assign(job.resultUrl); }
        return true;
    }
    function poll() {
        fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (job) { if (job && !show(job)) { window.setTimeout(poll, 1000); } })
            .catch(function () { window.setTimeout(poll, 3000); });
    }
    var initial = box.getAttribute("data-state");
    if (initial === "queued" || initial === "running") { window.setTimeout(poll, 500); }
})();
