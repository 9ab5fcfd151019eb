using System.Buffers;
using System.Text;

namespace Conduit.Connector.Sdk.Tests.Formats;

public sealed class RecordFormatsTests
{
    [Fact]
    public void Default_HoldsTheBuiltInFormats_SortedByName()
    {
        // Act
        var names = RecordFormats.Default.Names;

        // Assert
        Assert.Equal(["debezium/json", "opencdc/json", "template"], names);
        Assert.Equal(3, RecordFormats.Default.Count);
        Assert.Equal(names, RecordFormats.Default.Select(f => f.Name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Configure_NoFormat_UsesOpenCdcJson(string? format)
    {
        // Arrange
        var record = FormatFixtures.GoRecord();

        // Act
        var bytes = RecordFormats.Default.Configure(format, null).Serialize(record);

        // Assert
        Assert.Equal(OpenCdcJson.SerializeToUtf8Bytes(record), bytes);
    }

    [Fact]
    public void Configure_OpenCdcJson_MatchesGoJsonEncoderFixture()
    {
        // Arrange: Go's TestJSONEncoder.
        var record = FormatFixtures.GoRecord();

        // Act
        var json = FormatFixtures.Serialize("opencdc/json", string.Empty, record);

        // Assert
        Assert.Equal(
            """{"position":"Zm9v","operation":"create","metadata":{"conduit.source.plugin.name":"example"},"key":"YmFy","payload":{"before":null,"after":{"baz":"qux","foo":"bar"}}}""",
            json);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("OpenCDC/JSON")]
    [InlineData("opencdc/json ")]
    public void Configure_UnknownFormat_ThrowsNamingKeyValueAndKnownFormats(string format)
    {
        // Act
        var error = Assert.Throws<ConfigurationException>(() => RecordFormats.Default.Configure(format, null));

        // Assert
        Assert.Equal(
            $"invalid sdk.record.format: \"{format}\" is not a known record format (known formats: debezium/json, opencdc/json, template)",
            error.Message);
        var single = Assert.Single(error.Errors);
        Assert.Equal("sdk.record.format", single.Key);
        Assert.Equal(format, single.Value);
    }

    [Theory]
    [InlineData("opencdc/json", "foo=bar", "invalid sdk.record.format.options for \"opencdc/json\": unknown option \"foo\": this format takes no options")]
    [InlineData("debezium/json", "debezium.schema.nam=x", "invalid sdk.record.format.options for \"debezium/json\": unknown option \"debezium.schema.nam\" (known options: debezium.rawData.key, debezium.schema.name)")]
    [InlineData("debezium/json", "=x", "invalid sdk.record.format.options for \"debezium/json\": option \"=x\" has no name; write name=value pairs separated by commas")]
    [InlineData("debezium/json", "debezium.schema.name=a,debezium.schema.name=b", "invalid sdk.record.format.options for \"debezium/json\": option \"debezium.schema.name\" is given more than once")]
    [InlineData("template", "", "invalid sdk.record.format.options for \"template\": the template format needs a Go template in the options, for example {{ toJson . }}")]
    [InlineData("template", "{{ .Key", "invalid sdk.record.format.options for \"template\": template: :1:7: unclosed action")]
    [InlineData("template", "{{ sha256sum .Key }}", "invalid sdk.record.format.options for \"template\": template: :1:3: function \"sha256sum\" is not supported by the C# SDK's template record format (see docs/record-formats.md for the supported functions)")]
    public void Configure_InvalidOptions_ThrowsNamingKeyFormatAndRule(string format, string options, string message)
    {
        // Act
        var error = Assert.Throws<ConfigurationException>(() => RecordFormats.Default.Configure(format, options));

        // Assert
        Assert.Equal(message, error.Message);
        var single = Assert.Single(error.Errors);
        Assert.Equal("sdk.record.format.options", single.Key);
        Assert.Equal(options, single.Value);
    }

    [Theory]
    [InlineData(" debezium.schema.name = my.name , ")]
    [InlineData("debezium.schema.name=my.name,,debezium.rawData.key")]
    public void Configure_DebeziumOptions_AreTrimmedAndEmptyPartsIgnored(string options)
    {
        // Act
        var json = FormatFixtures.Serialize("debezium/json", options, FormatFixtures.GoRecord());

        // Assert
        Assert.StartsWith("""{"schema":{"type":"struct","optional":false,"name":"my.name","fields":""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void With_CustomFormat_AddsItWithoutChangingTheOriginal()
    {
        // Arrange
        var formats = RecordFormats.Default.With(new UpperKeyFormat());

        // Act
        var output = Encoding.UTF8.GetString(formats.Configure("upper-key", "!").Serialize(FormatFixtures.GoRecord()));

        // Assert
        Assert.Equal("BAR!", output);
        Assert.Equal(["debezium/json", "opencdc/json", "template", "upper-key"], formats.Names);
        Assert.False(RecordFormats.Default.TryGet("upper-key", out _));
    }

    [Fact]
    public void With_SameName_ReplacesTheFormat()
    {
        // Arrange
        var replacement = new UpperKeyFormat("opencdc/json");

        // Act
        var formats = RecordFormats.Default.With(replacement);

        // Assert
        Assert.True(formats.TryGet("opencdc/json", out var found));
        Assert.Same(replacement, found);
        Assert.Equal(3, formats.Count);
    }

    [Fact]
    public void Without_RemovesTheFormat_SoItIsUnknown()
    {
        // Arrange
        var formats = RecordFormats.Default.Without("template");

        // Act
        var error = Assert.Throws<ConfigurationException>(() => formats.Configure("template", "{{ . }}"));

        // Assert
        Assert.Equal("invalid sdk.record.format: \"template\" is not a known record format (known formats: debezium/json, opencdc/json)", error.Message);
    }

    [Fact]
    public void Constructor_DuplicateNames_Throws()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => new RecordFormats([new UpperKeyFormat(), new UpperKeyFormat()]));

        // Assert
        Assert.StartsWith("Two record formats are named \"upper-key\".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OwnList_ReplacesTheDefaults()
    {
        // Arrange
        var formats = new RecordFormats([RecordFormat.OpenCdcJson, new UpperKeyFormat()]);

        // Act
        var error = Assert.Throws<ConfigurationException>(() => formats.Configure("debezium/json", null));

        // Assert
        Assert.Contains("(known formats: opencdc/json, upper-key)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configure_CustomFormatRejectingOptions_IsAConfigurationError()
    {
        // Arrange
        var formats = new RecordFormats([new UpperKeyFormat()]);

        // Act
        var error = Assert.Throws<ConfigurationException>(() => formats.Configure("upper-key", "way too long"));

        // Assert
        Assert.Equal("invalid sdk.record.format.options for \"upper-key\": the suffix must be at most 3 characters", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a,b")]
    [InlineData("a b")]
    public void RecordFormat_InvalidName_Throws(string name)
    {
        // Act & Assert
        Assert.ThrowsAny<ArgumentException>(() => new UpperKeyFormat(name));
    }

    [Fact]
    public void Serialize_IntoBufferWriter_Appends()
    {
        // Arrange
        var serializer = RecordFormats.Default.Configure("template", "[{{ .Operation }}]");
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write("x"u8);

        // Act
        serializer.Serialize(FormatFixtures.GoRecord(), buffer);

        // Assert
        Assert.Equal("x[create]", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private sealed class UpperKeyFormat(string name = "upper-key") : RecordFormat(name)
    {
        public override RecordSerializer Configure(string options) => options.Length > 3
            ? throw new FormatException("the suffix must be at most 3 characters")
            : new Serializer(options);

        private sealed class Serializer(string suffix) : RecordSerializer
        {
            public override void Serialize(Record record, IBufferWriter<byte> output) =>
                output.Write(Encoding.UTF8.GetBytes(record.Key!.ToString()!.ToUpperInvariant() + suffix));
        }
    }
}
