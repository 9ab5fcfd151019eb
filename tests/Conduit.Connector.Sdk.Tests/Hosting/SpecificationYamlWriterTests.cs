using Conduit.Connector.Sdk.Hosting;
using YamlDotNet.RepresentationModel;

namespace Conduit.Connector.Sdk.Tests.Hosting;

public sealed class SpecificationYamlWriterTests
{
    private const string SampleYaml =
        """
        version: "1.0"
        specification:
          name: sample
          summary: Reads and writes samples.
          description: |-
            First line.
            Second line: with a colon.
          version: v1.2.3
          author: Sample Authors
          source:
            parameters:
              - name: url
                description: Where to read from.
                type: string
                default: ""
                validations:
                  - type: required
                    value: ""
              - name: count
                description: ""
                type: int
                default: "3"
                validations:
                  - type: greater-than
                    value: "0"
                  - type: less-than
                    value: "100"
              - name: mode
                description: ""
                type: string
                default: "true"
                validations:
                  - type: inclusion
                    value: true,fast,slow
                  - type: regex
                    value: ^[a-z]+$
              - name: sdk.schema.extract.enabled
                description: ""
                type: bool
                default: "true"
                validations:
                  - type: required
                    value: ""
              - name: sdk.batch.size
                description: Maximum records per batch.
                type: int
                default: "0"
          destination:
            parameters:
              - name: key.file
                description: ""
                type: file
                default: ""
                validations:
                  - type: exclusion
                    value: /etc/passwd
              - name: ratio
                description: ""
                type: float
                default: "0.5"
              - name: timeout
                description: How long to wait.
                type: duration
                default: 1m30s

        """;

    [Fact]
    public void Write_SampleSpecification_ExactConnectorYaml()
    {
        // Arrange
        using var writer = new StringWriter { NewLine = "\n" };

        // Act
        SpecificationYamlWriter.Write(writer, new SampleSpecification(), SampleSourceConfig.Parameters, SampleDestinationConfig.Parameters);

        // Assert
        Assert.Equal(SampleYaml.ReplaceLineEndings("\n"), writer.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_NoParameters_OmitsSourceAndDestination()
    {
        // Arrange
        using var writer = new StringWriter();

        // Act
        SpecificationYamlWriter.Write(writer, new SampleSpecification(), [], []);

        // Assert
        var text = writer.ToString();
        Assert.DoesNotContain("source:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("destination:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("...", text, StringComparison.Ordinal);
        Assert.EndsWith("author: Sample Authors", text.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("true")]
    [InlineData("No")]
    [InlineData("off")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("42")]
    [InlineData("-1.5e3")]
    [InlineData("0x1F")]
    [InlineData(".inf")]
    [InlineData("2024-01-02")]
    [InlineData("key: value")]
    [InlineData("- dash")]
    [InlineData("# hash")]
    [InlineData("*star")]
    [InlineData("  leading spaces")]
    [InlineData("trailing spaces  ")]
    [InlineData("quote \" and 'single'")]
    [InlineData("line\nbreak")]
    [InlineData("two lines\nwith trailing space \nx")]
    [InlineData("ünïcødé")]
    public void Write_TrickyText_RoundTripsAsTheSameString(string value)
    {
        // Arrange
        var parameter = new ParameterSpecification("p", ParameterType.String) { Default = value, Description = value };
        using var writer = new StringWriter();

        // Act
        SpecificationYamlWriter.Write(writer, new SampleSpecification(), [parameter], []);

        // Assert: every value reads back as the string it was.
        var stream = new YamlStream();
        stream.Load(new StringReader(writer.ToString()));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var specification = (YamlMappingNode)root["specification"];
        var read = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)specification["source"])["parameters"])[0];
        AssertString(value, read["default"]);
        AssertString(value, read["description"]);
        Assert.Equal("1.0", ((YamlScalarNode)root["version"]).Value);
    }

    [Fact]
    public void Order_ConnectorParametersFirstThenRequiredThenName()
    {
        var ordered = SpecificationYamlWriter.Order(SampleSourceConfig.Parameters).Select(parameter => parameter.Name);

        Assert.Equal(["url", "count", "mode", "sdk.schema.extract.enabled", "sdk.batch.size"], ordered);
    }

    // A plain scalar that a YAML 1.1 or core-schema reader would resolve to a non-string must carry quotes.
    private static void AssertString(string expected, YamlNode node)
    {
        var scalar = Assert.IsType<YamlScalarNode>(node);
        Assert.Equal(expected, scalar.Value);
        if (expected.Length == 0 || expected is "true" or "No" or "off" or "null" or "~" or "42" or "-1.5e3" or "0x1F" or ".inf" or "2024-01-02")
        {
            Assert.NotEqual(YamlDotNet.Core.ScalarStyle.Plain, scalar.Style);
        }
    }
}
