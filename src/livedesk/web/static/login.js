"use strict";
document.getElementById("login").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const f = ev.target;
  const err = document.getElementById("login-error");
  err.textContent = "";
  try {
    await LD.api("POST", "/api/session", {name: f.name.value, password: f.password.value});
    location.href = "/";
  } catch (e) {
    err.textContent = e.message;
  }
});
