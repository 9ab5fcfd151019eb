namespace Conduit.Connector.Sdk.Tests.Formats.Template;

/// <summary>The cases of the Go SDK's TestTemplateRecordSerializer, with Go's expected output.</summary>
public sealed class GoTemplateFixtureTests
{
    private const string RawOrJson =
        """{{ if typeIs "opencdc.RawData" .Payload.After }}{{ printf "%s" .Payload.After }}{{ else }}{{ toJson .Payload.After }}{{ end }}""";

    [Fact]
    public void Dot_PrintsTheGoRecordStruct()
    {
        // Arrange
        var record = FormatFixtures.GoRecord();

        // Act
        var output = FormatFixtures.Template("{{ . }}", record);

        // Assert
        Assert.Equal("{foo create map[conduit.source.plugin.name:example] [98 97 114] {<nil> map[baz:qux foo:bar]} <nil>}", output);
    }

    [Fact]
    public void ToJsonDot_EqualsOpenCdcJson()
    {
        // Arrange
        var record = FormatFixtures.GoRecord();

        // Act
        var output = FormatFixtures.Template("{{ toJson . }}", record);

        // Assert
        Assert.Equal(
            """{"position":"Zm9v","operation":"create","metadata":{"conduit.source.plugin.name":"example"},"key":"YmFy","payload":{"before":null,"after":{"baz":"qux","foo":"bar"}}}""",
            output);
        Assert.Equal(FormatFixtures.Serialize("opencdc/json", string.Empty, record), output);
    }

    [Fact]
    public void RawOrJson_StructuredPayload_WritesJson()
    {
        // Arrange
        var record = FormatFixtures.GoRecord();

        // Act
        var output = FormatFixtures.Template(RawOrJson, record);

        // Assert
        Assert.Equal("""{"baz":"qux","foo":"bar"}""", output);
    }

    [Fact]
    public void RawOrJson_RawPayload_WritesTheText()
    {
        // Arrange
        var record = new Record { Payload = new Change(null, RawData.FromString("my raw data")) };

        // Act
        var output = FormatFixtures.Template(RawOrJson, record);

        // Assert
        Assert.Equal("my raw data", output);
    }

    [Fact]
    public void RawOrJson_NilPayload_WritesNull()
    {
        // Arrange
        var record = new Record();

        // Act
        var output = FormatFixtures.Template(RawOrJson, record);

        // Assert
        Assert.Equal("null", output);
    }

    [Fact]
    public void Metadata_PrintsAGoMap()
    {
        // Arrange
        var record = FormatFixtures.GoRecord();

        // Act
        var output = FormatFixtures.Template("{{ .Metadata }}", record);

        // Assert
        Assert.Equal("map[conduit.source.plugin.name:example]", output);
    }
}
