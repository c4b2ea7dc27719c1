/// Turns the small piece of TeX a lesson writes between dollars into plain Unicode a
/// terminal shows: `$w \gets w - \eta \nabla L$` reads `w ← w − η∇L`,
/// `$\sigma(x) = \frac{1}{1+e^{-x}}$` reads `σ(x) = 1/(1+e⁻ˣ)`.
///
/// Superscripts and subscripts use the Unicode small forms where every character has
/// one (`x^2` → `x²`, `w_{ij}` → `wᵢⱼ`) and fall back to `^(…)` / `_(…)` otherwise.
/// Unknown commands keep their name without the backslash, so nothing is ever lost.
package enum InlineFormula {
    /// The Unicode reading of `tex`.
    package static func render(_ tex: String) -> String {
        var reader = Reader(Array(tex))
        return reader.expression(until: nil)
    }

    static let symbols: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "eta": "η",
        "theta": "θ", "lambda": "λ", "mu": "μ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ",
        "omega": "ω", "Delta": "Δ", "Sigma": "Σ", "Pi": "Π", "sum": "Σ", "prod": "Π", "partial": "∂",
        "nabla": "∇", "cdot": "·", "times": "×", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠",
        "approx": "≈", "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "infty": "∞", "in": "∈",
        "pm": "±", "odot": "⊙", "ell": "ℓ", "log": "log", "ln": "ln", "exp": "exp", "max": "max", "min": "min",
        "tanh": "tanh", "sin": "sin", "cos": "cos", "lvert": "|", "rvert": "|", "{": "{", "}": "}", "%": "%",
        "$": "$", "_": "_", ",": " ", ";": " ", "quad": "  ", "qquad": "    ", "left": "", "right": "",
        "dots": "…", "ldots": "…", "cdots": "⋯", "mid": "|", "sim": "~", "propto": "∝", "forall": "∀",
    ]
    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "-": "⁻", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ", "x": "ˣ", "T": "ᵀ",
        "k": "ᵏ", "t": "ᵗ", "l": "ˡ", "j": "ʲ", "*": "*",
    ]
    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "-": "₋", "−": "₋", "=": "₌", "(": "₍", ")": "₎", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "t": "ₜ",
        "n": "ₙ", "l": "ₗ", "m": "ₘ", "a": "ₐ", "e": "ₑ", "o": "ₒ", "x": "ₓ", "r": "ᵣ", "s": "ₛ",
    ]
    /// Accents written over one letter, as combining characters.
    static let accents: [String: Character] = ["hat": "\u{302}", "bar": "\u{304}", "tilde": "\u{303}",
                                              "vec": "\u{20D7}", "dot": "\u{307}"]

    /// A cursor over the formula's characters.
    struct Reader {
        let characters: [Character]
        var index = 0

        init(_ characters: [Character]) { self.characters = characters }

        /// Reads up to `end` (consumed) or the end of the formula.
        mutating func expression(until end: Character?) -> String {
            var out = ""
            while index < characters.count {
                let c = characters[index]
                index += 1
                switch c {
                case end: return out
                case "{": out += expression(until: "}")
                case "\\": out += command()
                case "^": out += scripted(InlineFormula.superscripts, marker: "^")
                case "_": out += scripted(InlineFormula.subscripts, marker: "_")
                case "-": out += "−"
                case "~": out += " "
                default: out.append(c)
                }
            }
            return out
        }

        /// One argument: a braced group or a single character (or command).
        mutating func argument() -> String {
            guard index < characters.count else { return "" }
            let c = characters[index]
            index += 1
            if c == "{" { return expression(until: "}") }
            if c == "\\" { return command() }
            return c == "-" ? "−" : String(c)
        }

        mutating func scripted(_ table: [Character: Character], marker: Character) -> String {
            let body = argument()
            let mapped = body.compactMap { table[$0] }
            if mapped.count == body.count && !body.isEmpty { return String(mapped) }
            return body.count == 1 ? "\(marker)\(body)" : "\(marker)(\(body))"
        }

        /// A command after its backslash.
        mutating func command() -> String {
            var name = ""
            while index < characters.count, characters[index].isLetter {
                name.append(characters[index])
                index += 1
            }
            if name.isEmpty, index < characters.count {  // \{ \, \% …
                name = String(characters[index])
                index += 1
            }
            switch name {
            case "frac":
                let top = argument(), bottom = argument()
                return InlineFormula.grouped(top) + "/" + InlineFormula.grouped(bottom)
            case "sqrt":
                let body = argument()
                return "√" + InlineFormula.grouped(body)
            case "text", "mathrm", "mathbf", "mathit", "operatorname", "textbf":
                return argument()
            default:
                if let accent = InlineFormula.accents[name] {
                    var body = argument()
                    if body.count == 1, let letter = body.unicodeScalars.first {
                        body = String(Character(letter)) + String(accent)
                    }
                    return body
                }
                return InlineFormula.symbols[name] ?? name
            }
        }
    }

    /// `body` as one operand: in parentheses unless it is a single symbol or number.
    static func grouped(_ body: String) -> String {
        let simple = body.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." } || body.count == 1
        return simple ? body : "(\(body))"
    }
}
