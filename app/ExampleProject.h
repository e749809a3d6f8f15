#pragma once
// The bundled walkthrough ("Lazy vs Eager"), embedded as resources and copied to a writable
// folder so the user can edit and save it.
#include <QString>

namespace pt::app {

// Copies every missing file of the walkthrough into AppDataLocation/examples/lazy_vs_eager
// (files the user changed are kept) and returns that folder; empty with `error` set on failure.
QString ensureWalkthrough(QString* error = nullptr);
// The function the walkthrough opens with.
inline constexpr const char* kWalkthroughStart = "ivy_normalize.normalize";

}  // namespace pt::app
