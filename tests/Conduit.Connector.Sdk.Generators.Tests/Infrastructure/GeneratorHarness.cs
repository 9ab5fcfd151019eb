using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Conduit.Connector.Sdk.Generators.Tests.Infrastructure;

/// <summary>Compiles snippets against the Sdk, runs the generator and the analyzer on them.</summary>
internal static class GeneratorHarness
{
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    private static readonly ImmutableArray<MetadataReference> s_references =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Select(path => MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(ConnectorConfigurationAttribute).Assembly.Location),
    ];

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create(
            "Snippets",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, s_parseOptions, path: $"Snippet{i}.cs")),
            s_references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new ConfigurationGenerator().AsSourceGenerator()],
            parseOptions: s_parseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns the generated sources and every compiler diagnostic of the result.</summary>
    public static (ImmutableArray<GeneratedSourceResult> Sources, ImmutableArray<Diagnostic> Diagnostics) Generate(params string[] sources)
    {
        var compilation = Compile(sources);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult();
        return ([.. result.Results.SelectMany(r => r.GeneratedSources)], [.. generatorDiagnostics, .. output.GetDiagnostics()]);
    }

    /// <summary>Runs the generator then the analyzer; returns the analyzer's diagnostics.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(params string[] sources)
    {
        var compilation = Compile(sources);
        CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var withAnalyzers = output.WithAnalyzers([new ConfigurationAnalyzer()]);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);
        return [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>Compares <paramref name="actual"/> to Baselines/<paramref name="name"/>.generated.txt, or rewrites it when UPDATE_BASELINES=1.</summary>
    public static void AssertBaseline(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var fileName = name + ".generated.txt";
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            var sourceDirectory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Baselines");
            File.WriteAllText(Path.Combine(sourceDirectory, fileName), actual);
            return;
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Baselines", fileName));
        Assert.Equal(expected.ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
