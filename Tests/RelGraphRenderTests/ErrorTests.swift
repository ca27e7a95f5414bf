import Foundation
import RelGraphCore
@testable import RelGraphRender
import Testing

/// Failures become `GraphvizError`s that carry Graphviz's own message.
@Suite struct ErrorTests {
    @Test func invalidLayoutAndFormatNamesAreRejected() throws {
        #expect(try Layout(parsing: "NEATO") == .neato)
        #expect(try OutputFormat(parsing: "Svg") == .svg)
        do {
            _ = try Layout(parsing: "dott")
            Issue.record("dott accepted")
        } catch {
            #expect(error == .unknownLayout(name: "dott", message: ""))
            #expect(error.description.contains("\"dott\""))
            #expect(error.description.contains("auto, dot, neato, fdp, sfdp, circo"))
        }
        do {
            _ = try OutputFormat(parsing: "gif")
            Issue.record("gif accepted")
        } catch {
            #expect(error.localizedDescription.contains("Unknown output format \"gif\". Use one of: svg, dot, png, pdf"))
        }
    }

    @Test func unknownEngineSurfacesGraphvizMessage() throws {
        do {
            _ = try GraphvizRenderer.render(Fixtures.sample, options: RenderOptions(), engine: "nosuchengine", format: "svg")
            Issue.record("no error")
        } catch let .unknownLayout(name, message) {
            #expect(name == "nosuchengine")
            #expect(message.contains("Layout type: \"nosuchengine\" not recognized"))
            #expect(message.contains("neato"))  // Graphviz's list of engines
            let error = GraphvizError.unknownLayout(name: name, message: message)
            #expect(error.description.contains("Graphviz said: Error: Layout type"))
        } catch {
            Issue.record("wrong error: \(error)")
        }
        // Nothing is left behind: the next render works and is unchanged.
        #expect(try GraphvizRenderer.render(Fixtures.sample) == GraphvizRenderer.render(Fixtures.sample))
    }

    @Test func unknownFormatSurfacesGraphvizMessage() throws {
        do {
            _ = try GraphvizRenderer.render(Fixtures.sample, options: RenderOptions(), engine: "dot", format: "nosuchformat")
            Issue.record("no error")
        } catch let .unknownFormat(name, message) {
            #expect(name == "nosuchformat")
            #expect(message.contains("nosuchformat"))
        } catch {
            Issue.record("wrong error: \(error)")
        }
        let svg = try SVG(GraphvizRenderer.render(Fixtures.sample))
        #expect(svg.groups("node").count == 5)
    }

    @Test func missingRendererPluginIsNamed() throws {
        do {
            _ = try GraphvizRenderer.render(Fixtures.sample, options: RenderOptions(), engine: "dot", format: "png:nosuchplugin")
            Issue.record("no error")
        } catch let .pluginUnavailable(format, plugin, message) {
            #expect(format == "png")
            #expect(plugin.contains("nosuchplugin"))
            #expect(message.contains("png:nosuchplugin"))
        } catch {
            Issue.record("wrong error: \(error)")
        }
        let cairo = GraphvizRenderer.classifyRenderError(format: "pdf:cairo", message: "Error: renderer for pdf:cairo is unavailable")
        #expect(cairo == .pluginUnavailable(format: "pdf", plugin: "cairo renderer (libgvplugin_pango)",
                                            message: "Error: renderer for pdf:cairo is unavailable"))
        #expect(cairo.description.contains("needs Graphviz's cairo renderer (libgvplugin_pango) plugin"))
    }

    /// Graphviz lays out a graph whose HTML-like label does not parse "successfully" (falling back
    /// to the node name); only the error callback tells. That must be an error.
    @Test func labelParseFailureReportedThroughCallbackIsAnError() throws {
        do {
            _ = try GraphvizRenderer.render(Fixtures.sample, options: RenderOptions(), engine: "dot", format: "svg",
                                            htmlLabels: ["pete_hegseth": "<b>unclosed"])
            Issue.record("no error")
        } catch let .labelParseFailed(message) {
            #expect(message.contains("in label of node pete_hegseth"))
        } catch {
            Issue.record("wrong error: \(error)")
        }
        // a well-formed HTML label passes
        let svg = try SVG(GraphvizRenderer.render(Fixtures.sample, options: RenderOptions(), engine: "dot", format: "svg",
                                                  htmlLabels: ["pete_hegseth": "<b>ok</b>"]))
        #expect(SVG.texts(in: try #require(svg.element(id: "node-pete_hegseth"))) == ["ok"])
    }

    @Test func everyErrorHasAnActionableDescription() {
        let errors: [GraphvizError] = [
            .contextCreationFailed,
            .graphConstructionFailed(step: "agnode x", message: "m"),
            .unknownLayout(name: "x", message: "m"),
            .layoutFailed(engine: "dot", message: "m"),
            .unknownFormat(name: "x", message: "m"),
            .pluginUnavailable(format: "png", plugin: "cairo", message: "m"),
            .renderFailed(format: "svg", message: "m"),
            .labelParseFailed(message: "m"),
        ]
        for error in errors {
            #expect(error.description.count > 30)
            #expect(error.errorDescription == error.description)
            if error != .contextCreationFailed { #expect(error.description.contains("Graphviz said: m")) }
        }
        // A layout we offer that Graphviz does not know points at the plugin configuration.
        #expect(GraphvizError.unknownLayout(name: "sfdp", message: "").description.contains("config6a"))
        #expect(!GraphvizError.unknownLayout(name: "dott", message: "").description.contains("config6a"))
    }
}
