using Conduit.Connector.Sdk.Generators.Tests.Infrastructure;

namespace Conduit.Connector.Sdk.Generators.Tests;

/// <summary>Defaults taken from initializers are printed as Go's specgen prints the same runtime value.</summary>
public class DefaultTextTests
{
    [Theory]
    [InlineData("TimeSpan", "TimeSpan.FromMinutes(1)", "1m0s")]
    [InlineData("TimeSpan", "TimeSpan.FromSeconds(1.5)", "1.5s")]
    [InlineData("TimeSpan", "TimeSpan.FromMilliseconds(250)", "250ms")]
    [InlineData("TimeSpan", "new TimeSpan(1, 30, 0)", "1h30m0s")]
    [InlineData("TimeSpan", "TimeSpan.FromHours(2, 15)", "2h15m0s")]
    [InlineData("TimeSpan", "TimeSpan.Zero", "0s")]
    [InlineData("double", "1e6", "1e+06")]
    [InlineData("double", "789", "789")]
    [InlineData("float", "0.1f", "0.1")]
    [InlineData("long", "-5", "-5")]
    [InlineData("int?", "42", "42")]
    [InlineData("bool", "false", "false")]
    [InlineData("string", "\"x\" + \"y\"", "xy")]
    [InlineData("string", "Constants.Host", "db")]
    [InlineData("int[]", "[1, 2, 3]", "1,2,3")]
    [InlineData("List<string>", "new() { \"a\", \"b\" }", "a,b")]
    [InlineData("IReadOnlyList<TimeSpan>", "new[] { TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2) }", "1s,2m0s")]
    public void Initializer_CompileTimeValue_PrintedAsGo(string type, string initializer, string expected)
    {
        // Arrange
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using Conduit.Connector.Sdk;

            [ConnectorConfiguration]
            public sealed partial class Config
            {
                public {{type}} Value { get; init; } = {{initializer}};
            }

            public static class Constants
            {
                public const string Host = "db";
            }
            """;

        // Act
        var (sources, _) = GeneratorHarness.Generate(source);

        // Assert
        var text = Assert.Single(sources).SourceText.ToString();
        Assert.Contains("Default = \"" + expected + "\",", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("string", "\"\"")]
    [InlineData("string?", "null")]
    [InlineData("string", "string.Empty")]
    [InlineData("int[]", "[]")]
    [InlineData("List<int>", "new()")]
    [InlineData("int", "default")]
    public void Initializer_EmptyValue_PublishesNoDefault(string type, string initializer)
    {
        // Arrange
        var source = $$"""
            using System.Collections.Generic;
            using Conduit.Connector.Sdk;

            [ConnectorConfiguration]
            public sealed partial class Config
            {
                public {{type}} Value { get; init; } = {{initializer}};
            }
            """;

        // Act
        var (sources, _) = GeneratorHarness.Generate(source);

        // Assert
        Assert.DoesNotContain("Default =", Assert.Single(sources).SourceText.ToString(), StringComparison.Ordinal);
    }
}
