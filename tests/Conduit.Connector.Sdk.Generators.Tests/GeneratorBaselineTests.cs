using Conduit.Connector.Sdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Conduit.Connector.Sdk.Generators.Tests;

public class GeneratorBaselineTests
{
    private const string Basic = """
        using System;
        using Conduit.Connector.Sdk;

        namespace Example;

        [ConnectorConfiguration]
        public sealed partial class SourceConfig
        {
            /// <summary>
            /// The URL of the server, e.g. <c>https://example.com</c>.
            /// </summary>
            [Required]
            public string Url { get; init; } = "";

            /// <summary>How many records to fetch at once.</summary>
            [GreaterThan(0)]
            [LessThan(10000)]
            public int BatchSize { get; init; } = 100;

            /// <summary>Whether to read the existing data first.</summary>
            public bool Snapshot { get; init; } = true;

            /// <summary>How long to wait between polls.</summary>
            public TimeSpan PollInterval { get; init; } = TimeSpan.FromMinutes(1);

            /// <summary>How long a request may take.</summary>
            [Default("30s")]
            public TimeSpan? Timeout { get; init; }

            /// <summary>The sampling ratio.</summary>
            public double Ratio { get; init; } = 1e6;

            /// <summary>The API token.</summary>
            [Sensitive]
            [Regex("^[A-Za-z0-9]+$")]
            public string? Token { get; init; }

            /// <summary>The CA certificate.</summary>
            [FilePath]
            public string? CaFile { get; init; }
        }
        """;

    private const string Collections = """
        using System.Collections.Generic;
        using Conduit.Connector.Sdk;

        namespace Example;

        public enum Format
        {
            Json,
            Avro,
            [ParameterValue("opencdc/json")]
            OpenCdcJson,
        }

        [ConnectorConfiguration]
        public sealed partial class DestinationConfig
        {
            /// <summary>The output format.</summary>
            public Format Format { get; init; } = Format.OpenCdcJson;

            /// <summary>Other formats to accept.</summary>
            public IReadOnlyList<Format> Accepted { get; init; } = [Format.Json, Format.Avro];

            /// <summary>The tables.</summary>
            [Required]
            public string[] Tables { get; init; } = [];

            /// <summary>Partitions to write to.</summary>
            public List<long>? Partitions { get; init; }

            /// <summary>HTTP headers.</summary>
            public Dictionary<string, string> Headers { get; init; } = new();

            /// <summary>Options per collection.</summary>
            public IReadOnlyDictionary<string, CollectionOptions> Collections { get; init; } = new Dictionary<string, CollectionOptions>();
        }

        public sealed class CollectionOptions
        {
            /// <summary>The key field.</summary>
            [Default("id")]
            public string Key { get; init; } = "";

            /// <summary>Upper bound of records per write.</summary>
            [GreaterThan(0)]
            public int? MaxRecords { get; init; }
        }
        """;

    private const string Nested = """
        using Conduit.Connector.Sdk;

        namespace Example.Deep;

        public static partial class Connector
        {
            [ConnectorConfiguration]
            internal sealed partial record Config : SharedConfig
            {
                /// <summary>The table.</summary>
                public required string Table { get; init; }

                /// <summary>Credentials.</summary>
                [Parameter("auth")]
                public Credentials Credentials { get; init; } = new();

                /// <summary>The batch size of the SDK.</summary>
                [Parameter("sdk.batch.size")]
                [GreaterThan(-1)]
                public ushort BatchSize { get; init; }
            }
        }

        internal record SharedConfig
        {
            /// <summary>The HTTPHost to reach.</summary>
            public string HTTPHost { get; init; } = "localhost";
        }

        internal sealed class Credentials
        {
            /// <summary>The user.</summary>
            public string User { get; set; } = "admin";

            /// <summary>The password.</summary>
            [Sensitive]
            public string? Password { get; set; }
        }
        """;

    [Theory]
    [InlineData(nameof(Basic), Basic)]
    [InlineData(nameof(Collections), Collections)]
    [InlineData(nameof(Nested), Nested)]
    public void Generate_RepresentativeClass_MatchesBaselineAndCompilesWithoutWarnings(string name, string source)
    {
        // Act
        var (sources, diagnostics) = GeneratorHarness.Generate(source);

        // Assert
        var generated = Assert.Single(sources);
        GeneratorHarness.AssertBaseline(name, generated.SourceText.ToString());
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Generate_TwoClasses_OneFileEachNamedAfterTheType()
    {
        // Act
        var (sources, _) = GeneratorHarness.Generate(Basic, Collections);

        // Assert
        Assert.Equal(["Example.DestinationConfig.g.cs", "Example.SourceConfig.g.cs"], sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Generate_EditThatChangesNoParameter_ReusesTheEqualModel()
    {
        // Arrange
        var compilation = GeneratorHarness.Compile(Basic);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        var tree = compilation.SyntaxTrees.Single();

        // Act: a comment moves every location but changes nothing the generator emits.
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("// edited\n" + Basic)));
        driver = driver.RunGenerators(edited, TestContext.Current.CancellationToken);

        // Assert
        var steps = driver.GetRunResult().Results.Single().TrackedSteps[ConfigurationGenerator.ParseStep];
        Assert.All(steps.SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
    }
}
