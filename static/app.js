// Dépêches: small improvements on top of pages that work without JavaScript.
(function () {
  "use strict";

  // "Copier le lien": copy the address of this exact search.
  document.querySelectorAll("[data-copy-link]").forEach(function (button) {
    var status = button.parentElement.querySelector(".copied");
    button.hidden = false;
    button.addEventListener("click", function () {
      var done = function () { status.textContent = "Lien copié."; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(window.location.href).then(done, function () {
          status.textContent = "Copie impossible : copiez l'adresse de la page.";
        });
      } else {
        var field = document.createElement("textarea");
        field.value = window.location.href;
        document.body.appendChild(field);
        field.select();
        document.execCommand("copy");
        field.remove();
        done();
      }
    });
  });

  // Facet value filter: hide values whose words do not start with what is typed
  // (accents and case aside), as the server does when the form is submitted.
  var fold = function (text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/-/g, " ");
  };
  document.querySelectorAll("[data-facet-filter]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("data-facet-filter"));
    if (!list) { return; }
    input.addEventListener("input", function () {
      var typed = fold(input.value).split(/\s+/).filter(Boolean);
      list.querySelectorAll("li").forEach(function (item) {
        var words = fold(item.getAttribute("data-label") || "").split(/\s+/);
        var keep = typed.every(function (t) { return words.some(function (w) { return w.indexOf(t) === 0; }); });
        item.hidden = !keep && !item.classList.contains("selected") && !item.classList.contains("excluded");
      });
    });
  });

  // Keyboard: "/" focuses the search box; on an article, "n" and "p" jump between hits.
  var hits = Array.prototype.slice.call(document.querySelectorAll("article mark"));
  var current = -1;
  var jump = function (step) {
    if (!hits.length) { return; }
    current = (current + step + hits.length) % hits.length;
    hits.forEach(function (m) { m.classList.remove("current"); });
    hits[current].classList.add("current");
    hits[current].scrollIntoView({ block: "center" });
    var counter = document.getElementById("hit-counter");
    if (counter) { counter.textContent = "Occurrence " + (current + 1) + " sur " + hits.length; }
  };
  document.querySelectorAll("[data-jump]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      jump(parseInt(link.getAttribute("data-jump"), 10));
    });
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA");
    if (typing || event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (event.key === "/") {
      var box = document.getElementById("q");
      if (box) { event.preventDefault(); box.focus(); box.select(); }
    } else if (event.key === "n") {
      jump(1);
    } else if (event.key === "p") {
      jump(-1);
    }
  });
})();
