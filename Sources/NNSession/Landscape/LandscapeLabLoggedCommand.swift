/// One entry of the landscape lab's command log: a command and the session step at
/// which it took effect (after `step` steps, before step `step + 1`); in session
/// files `{"step":12,"kind":"setStart","x":1,"y":2}`.
package typealias LandscapeLabLoggedCommand = Logged<LandscapeLabCommand>
