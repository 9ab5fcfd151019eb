using Conduit.Connector.Sdk.Generators.Tests.Infrastructure;

namespace Conduit.Connector.Sdk.Generators.Tests;

public class AnalyzerDiagnosticTests
{
    private static string Config(string members, string declaration = "public sealed partial class Config") => $$"""
        using System;
        using System.Collections.Generic;
        using Conduit.Connector.Sdk;

        [ConnectorConfiguration]
        {{declaration}}
        {
        {{members}}
        }

        public enum Mode { Fast, Safe }

        public sealed class Inner
        {
            public string Value { get; init; } = "";
        }
        """;

    private static async Task<(string Id, string Message)> SingleAsync(string source)
    {
        var diagnostics = await GeneratorHarness.AnalyzeAsync(source);
        var diagnostic = Assert.Single(diagnostics);
        return (diagnostic.Id, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ValidConfiguration_NoDiagnostic()
    {
        // Act
        var diagnostics = await GeneratorHarness.AnalyzeAsync(Config("""
                [Required] public string Url { get; init; } = "";
                [GreaterThan(0)] public int Port { get; init; } = 80;
                public Mode Mode { get; init; } = Mode.Safe;
                public TimeSpan Wait { get; init; } = TimeSpan.FromSeconds(1.5);
                public IReadOnlyList<int> Ids { get; init; } = [1, 2];
                public Inner Inner { get; init; } = new();
                public Dictionary<string, string> Headers { get; init; } = new();
            """));

        // Assert
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task CCSDK1001_ClassNotPartial()
    {
        var (id, message) = await SingleAsync(Config("public string A { get; init; } = \"\";", "public sealed class Config"));
        Assert.Equal("CCSDK1001", id);
        Assert.Contains("'Config' must be declared partial", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CCSDK1001_ContainingTypeNotPartial()
    {
        var source = """
            using Conduit.Connector.Sdk;
            public static class Outer
            {
                [ConnectorConfiguration]
                public sealed partial class Config { public string A { get; init; } = ""; }
            }
            """;
        var (id, _) = await SingleAsync(source);
        Assert.Equal("CCSDK1001", id);
    }

    [Theory]
    [InlineData("public decimal Amount { get; init; }", "decimal")]
    [InlineData("public DateTime When { get; init; }", "DateTime")]
    [InlineData("public Dictionary<int, string> ById { get; init; } = new();", "dictionary keys must be strings")]
    [InlineData("public List<Inner> Items { get; init; } = new();", "list elements")]
    [InlineData("public int?[] Maybe { get; init; } = [];", "list elements")]
    [InlineData("[Required] public string Computed => \"x\";", "no set or init accessor")]
    public async Task CCSDK1002_UnsupportedProperty(string member, string expectedFragment)
    {
        var (id, message) = await SingleAsync(Config(member));
        Assert.Equal("CCSDK1002", id);
        Assert.Contains(expectedFragment, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CCSDK1003_TwoPropertiesOneKey()
    {
        var (id, message) = await SingleAsync(Config("""
                public string Url { get; init; } = "";
                [Parameter("url")] public string Address { get; init; } = "";
            """));
        Assert.Equal("CCSDK1003", id);
        Assert.Equal("Properties 'Config.Url' and 'Config.Address' both map to the parameter key \"url\"; give one of them another name with [Parameter(\"...\")]", message);
    }

    [Theory]
    [InlineData("[Default(\"abc\")] public int Port { get; init; }", "\"abc\" is not an integer")]
    [InlineData("[Default(\"300\")] public byte Level { get; init; }", "out of the range of byte")]
    [InlineData("[Default(\"1d\")] public TimeSpan Wait { get; init; }", "time: unknown unit \\\"d\\\" in duration \\\"1d\\\"")]
    [InlineData("[Default(\"yes\")] public bool On { get; init; }", "\"yes\" is not a boolean")]
    [InlineData("[Default(\"slow\")] public Mode Mode { get; init; }", "\"slow\" is not one of [fast,safe]")]
    [InlineData("[Default(\"1,x\")] public int[] Ids { get; init; } = [];", "\"x\" is not an integer")]
    [InlineData("public TimeSpan Forever { get; init; } = TimeSpan.MaxValue;", "")]
    public async Task CCSDK1004_DefaultDoesNotParse(string member, string expectedFragment)
    {
        var diagnostics = await GeneratorHarness.AnalyzeAsync(Config(member));
        var diagnostic = Assert.Single(diagnostics);
        if (expectedFragment.Length == 0)
        {
            // TimeSpan.MaxValue is not a compile-time value (CCSDK1008).
            Assert.Equal("CCSDK1008", diagnostic.Id);
            return;
        }

        Assert.Equal("CCSDK1004", diagnostic.Id);
        Assert.Contains(expectedFragment.Replace("\\\"", "\"", StringComparison.Ordinal), diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[GreaterThan(0)] public int Port { get; init; } = 0;", "\"0\" is not greater than 0")]
    [InlineData("[LessThan(10)] public double Ratio { get; init; } = 10.5;", "\"10.5\" is not less than 10")]
    [InlineData("[Inclusion(\"a\", \"b\")] public string Mode { get; init; } = \"c\";", "\"c\" is not one of [a,b]")]
    [InlineData("[Exclusion(\"root\")] public string User { get; init; } = \"root\";", "\"root\" is one of the excluded values [root]")]
    [InlineData("[Regex(\"^[a-z]+$\"), Default(\"ABC\")] public string Name { get; init; } = \"\";", "\"ABC\" does not match the regex")]
    public async Task CCSDK1005_DefaultBreaksItsValidation(string member, string expectedFragment)
    {
        var (id, message) = await SingleAsync(Config(member));
        Assert.Equal("CCSDK1005", id);
        Assert.Contains(expectedFragment, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[GreaterThan(0)] public string Name { get; init; } = \"\";", "GreaterThan", "it compares numbers, and this is a string")]
    [InlineData("[LessThan(5)] public TimeSpan Wait { get; init; }", "LessThan", "a duration")]
    [InlineData("[GreaterThan(0)] public int[] Ids { get; init; } = [];", "GreaterThan", "a list")]
    [InlineData("[Inclusion(\"fast\")] public Mode Mode { get; init; }", "Inclusion", "enum parameter")]
    [InlineData("[Inclusion(\"a,b\", \"c\")] public string Mode { get; init; } = \"\";", "Inclusion", "contains a comma")]
    [InlineData("[FilePath] public int Size { get; init; }", "FilePath", "only a single string")]
    [InlineData("[Sensitive] public Inner Inner { get; init; } = new();", "Sensitive", "nested object")]
    public async Task CCSDK1006_ValidationDoesNotFitTheType(string member, string attribute, string expectedFragment)
    {
        var (id, message) = await SingleAsync(Config(member));
        Assert.Equal("CCSDK1006", id);
        Assert.StartsWith("[" + attribute + "]", message, StringComparison.Ordinal);
        Assert.Contains(expectedFragment, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Regex(\"([a-z\")] public string Name { get; init; } = \"\";", "Invalid pattern")]
    [InlineData("[Regex(\"foo(?=bar)\")] public string Name { get; init; } = \"\";", "RE2")]
    [InlineData("[Regex(\"(a)\\\\1\")] public string Name { get; init; } = \"\";", "RE2")]
    public async Task CCSDK1007_InvalidRegex(string member, string expectedFragment)
    {
        var (id, message) = await SingleAsync(Config(member));
        Assert.Equal("CCSDK1007", id);
        Assert.Contains(expectedFragment, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public string Name { get; init; } = Environment.MachineName;")]
    [InlineData("public int[] Ids { get; init; } = Enumerable();")]
    [InlineData("public Inner Inner { get; init; } = new() { Value = \"x\" };")]
    public async Task CCSDK1008_InitializerNotACompileTimeValue(string member)
    {
        var (id, _) = await SingleAsync(Config(member + "\n    private static int[] Enumerable() => [];"));
        Assert.Equal("CCSDK1008", id);
    }

    [Fact]
    public async Task CCSDK1008_DefaultAttributeReplacesTheInitializer()
    {
        var diagnostics = await GeneratorHarness.AnalyzeAsync(Config("[Default(\"host\")] public string Name { get; init; } = Environment.MachineName;"));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("public abstract partial class Config", "it is abstract")]
    [InlineData("public sealed partial record Config(string Name)", "parameterless constructor")]
    [InlineData("public sealed partial class Config<T>", "generic")]
    public async Task CCSDK1009_TypeCannotBeCreated(string declaration, string expectedFragment)
    {
        var (id, message) = await SingleAsync(Config("public string A { get; init; } = \"\";", declaration));
        Assert.Equal("CCSDK1009", id);
        Assert.Contains(expectedFragment, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("headers.*")]
    [InlineData(".a")]
    [InlineData("a..b")]
    public async Task CCSDK1010_InvalidParameterName(string name)
    {
        var (id, message) = await SingleAsync(Config($"[Parameter(\"{name}\")] public string A {{ get; init; }} = \"\";"));
        Assert.Equal("CCSDK1010", id);
        Assert.StartsWith($"The parameter name \"{name}\" of property 'A' is invalid", message, StringComparison.Ordinal);
    }
}
