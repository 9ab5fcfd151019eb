using System.Text;

namespace Conduit.Connector.Sdk.Tests.Formats.Template;

/// <summary>How Go's templates show raw data (a byte slice without a String method), and concurrency.</summary>
public sealed class RawDataTemplateTests
{
    [Theory]
    [InlineData("{{ .Key }}", "[98 97 114]")]
    [InlineData("{{ printf \"%s\" .Key }}", "bar")]
    [InlineData("{{ printf \"%v|%d\" .Key .Key }}", "[98 97 114]|[98 97 114]")]
    [InlineData("{{ printf \"%x|%q\" .Key .Key }}", "626172|\"bar\"")]
    [InlineData("{{ toString .Key }}", "[98 97 114]")]
    [InlineData("{{ toJson .Key }}", "\"YmFy\"")]
    [InlineData("{{ len .Key }}|{{ index .Key 0 }}", "3|98")]
    [InlineData("{{ typeOf .Key }}|{{ typeOf .Key.Bytes }}|{{ kindOf .Key }}", "opencdc.RawData|[]uint8|slice")]
    [InlineData("{{ .Key.Bytes }}|{{ toString .Key.Bytes }}", "[98 97 114]|bar")]
    [InlineData("{{ if .Key }}set{{ end }}", "set")]
    [InlineData("{{ .Key.foo }}", null)]
    public void RawKey_BehavesLikeGoRawData(string template, string? expected)
    {
        // Arrange
        var record = FormatFixtures.GoRecord();
        var serializer = RecordFormats.Default.Configure("template", template);

        // Act & Assert
        if (expected is null)
        {
            var error = Assert.Throws<RecordSerializationException>(() => serializer.Serialize(record));
            Assert.EndsWith("at <.Key.foo>: can't evaluate field foo in type opencdc.Data", error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, Encoding.UTF8.GetString(serializer.Serialize(record)));
        }
    }

    [Fact]
    public void EmptyRawData_IsFalse()
    {
        // Arrange
        var record = new Record { Key = new RawData(Array.Empty<byte>()) };

        // Act
        var output = FormatFixtures.Template("{{ if .Key }}set{{ else }}empty{{ end }}|{{ .Position }}", record);

        // Assert
        Assert.Equal("empty|<nil>", output);
    }

    [Fact]
    public void Serialize_FromManyThreads_GivesTheSameOutput()
    {
        // Arrange
        var serializer = RecordFormats.Default.Configure("template", "{{ range $k, $v := .Payload.After }}{{ $k }}={{ $v }};{{ end }}");
        var records = Enumerable.Range(0, 64).Select(i => FormatFixtures.Build(
            Operation.Create, before: null, after: new StructuredData { ["i"] = (double)i, ["x"] = "y" })).ToArray();

        // Act
        var outputs = new string[records.Length];
        Parallel.For(0, records.Length, i => outputs[i] = Encoding.UTF8.GetString(serializer.Serialize(records[i])));

        // Assert
        for (var i = 0; i < records.Length; i++)
        {
            Assert.Equal($"i={i};x=y;", outputs[i]);
        }
    }

    [Fact]
    public void ParseError_NamesDotLikeGo()
    {
        // Act
        var message = TemplateFixture.ParseError("{{ end . }}");

        // Assert
        Assert.Equal("template: :1:7: unexpected <.> in end", message);
    }

    [Theory]
    [InlineData("{{ -0.0 }}", "-0")]
    [InlineData("{{ 123456789.0 }}", "1.23456789e+08")]
    [InlineData("{{ 0.0001 }}", "0.0001")]
    [InlineData("{{ printf \"%.1f|%.0e\" 0.05 15.0 }}", "0.1|2e+01")]
    public void Floats_EdgeCases_FormatLikeGo(string template, string expected) =>
        Assert.Equal(expected, TemplateFixture.Run(template));
}
