import ArgumentParser

@main
struct NNPlay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nnplay",
        abstract: "A neural-network playground for the terminal.",
        subcommands: [BenchCommand.self]
    )
}
