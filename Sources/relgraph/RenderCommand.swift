import ArgumentParser
import RelGraphCore

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Render the graph to SVG through Graphviz.")
    @OptionGroup var input: InputOptions
    func run() throws {}
}
