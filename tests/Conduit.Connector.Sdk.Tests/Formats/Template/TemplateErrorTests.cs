namespace Conduit.Connector.Sdk.Tests.Formats.Template;

/// <summary>Parse errors (reported when the destination is configured) and execution errors, in Go's wording.</summary>
public sealed class TemplateErrorTests
{
    [Theory]
    [InlineData("{{ foo }}", "template: :1:3: function \"foo\" not defined")]
    [InlineData("{{ sha1sum . }}", "template: :1:3: function \"sha1sum\" is not supported by the C# SDK's template record format (see docs/record-formats.md for the supported functions)")]
    [InlineData("{{ template \"x\" }}", "template: :1:3: {{template}} is not supported by the C# SDK's template record format: put everything in one template")]
    [InlineData("{{ define \"x\" }}{{ end }}", "template: :1:3: {{define}} is not supported by the C# SDK's template record format: put everything in one template")]
    [InlineData("{{ block \"x\" . }}{{ end }}", "template: :1:3: {{block}} is not supported by the C# SDK's template record format: put everything in one template")]
    [InlineData("a {{ end }}", "template: :1:9: unexpected {{end}}")]
    [InlineData("{{ else }}", "template: :1:8: unexpected {{else}}")]
    [InlineData("{{ if .Key }}x", "template: :1:14: unexpected EOF")]
    [InlineData("{{ range .Key }}{{ else }}x{{ else }}{{ end }}", "template: :1:35: expected end; found {{else}}")]
    [InlineData("{{ $x }}", "template: :1:3: undefined variable \"$x\"")]
    [InlineData("{{ if true }}{{ $y := 1 }}{{ end }}{{ $y }}", "template: :1:38: undefined variable \"$y\"")]
    [InlineData("{{ break }}", "template: :1:3: {{break}} outside {{range}}")]
    [InlineData("{{ if true }}{{ continue }}{{ end }}", "template: :1:16: {{continue}} outside {{range}}")]
    [InlineData("{{ .Key | 3 }}", "template: :1:10: non executable command in pipeline stage 2")]
    [InlineData("{{ }}", "template: :1:3: missing value for command")]
    [InlineData("{{ if }}{{ end }}", "template: :1:6: missing value for if")]
    [InlineData("{{ \"abc }}", "template: :1:3: unterminated quoted string")]
    [InlineData("{{ 'ab' }}", "template: :1:3: malformed character constant: 'ab' (more than one character in rune literal)")]
    [InlineData("{{ \"\\q\" }}", "template: :1:3: invalid syntax")]
    [InlineData("{{/* x }}", "template: :1:0: unclosed comment")]
    [InlineData("{{/* x */ }}", "template: :1:9: comment ends before closing delimiter")]
    [InlineData("{{ (1 }}", "template: :1:6: unclosed left paren")]
    [InlineData("{{ 1) }}", "template: :1:4: unexpected right paren")]
    [InlineData("{{ .Key", "template: :1:7: unclosed action")]
    [InlineData("{{ 3x }}", "template: :1:3: bad number syntax: \"3x\"")]
    [InlineData("{{ 99999999999999999999 }}", "template: :1:3: integer overflow: \"99999999999999999999\"")]
    [InlineData("{{ \"a\".b }}", "template: :1:6: unexpected . after term \"\\\"a\\\"\"")]
    [InlineData("{{ range $a, $b, $c := .Key }}{{ end }}", "template: :1:15: too many declarations in range")]
    [InlineData("{{ if $a, $b := 1 }}{{ end }}", "template: :1:8: too many declarations in if")]
    [InlineData("{{ .Key ; }}", "template: :1:8: unexpected \";\" in operand")]
    [InlineData("{{ .Key }}\n\n  {{ nope }}", "template: :3:5: function \"nope\" not defined")]
    public void Parse_InvalidTemplate_IsAConfigurationErrorWithThePosition(string template, string expected) =>
        Assert.Equal(expected, TemplateFixture.ParseError(template));

    [Theory]
    [InlineData("{{ .Payload.After.missing }}", "template: :1:3: executing \"\" at <.Payload.After.missing>: map has no entry for key \"missing\"")]
    [InlineData("{{ .Metadata.missing }}", "template: :1:3: executing \"\" at <.Metadata.missing>: map has no entry for key \"missing\"")]
    [InlineData("{{ .Payload.Before.x }}", "template: :1:3: executing \"\" at <.Payload.Before.x>: nil pointer evaluating opencdc.Data.x")]
    [InlineData("{{ (index .Payload.After \"missing\").x }}", "template: :1:35: executing \"\" at <(index .Payload.After \"missing\").x>: nil data; no entry for key \"x\"")]
    [InlineData("{{ .Nope }}", "template: :1:3: executing \"\" at <.Nope>: can't evaluate field Nope in type opencdc.Record")]
    [InlineData("{{ .Payload.After.name.first }}", "template: :1:3: executing \"\" at <.Payload.After.name.first>: can't evaluate field first in type string")]
    [InlineData("{{ .Position.x }}", "template: :1:3: executing \"\" at <.Position.x>: can't evaluate field x in type opencdc.Position")]
    [InlineData("{{ .Map }}", "template: :1:3: executing \"\" at <.Map>: method Map of opencdc.Record is not supported by the C# SDK's template record format")]
    [InlineData("{{ upper .Payload.After.age }}", "template: :1:9: executing \"\" at <.Payload.After.age>: wrong type for value; expected string; got float64")]
    [InlineData("{{ upper .Payload.Before }}", "template: :1:9: executing \"\" at <.Payload.Before>: wrong type for value; expected string; got opencdc.Data")]
    [InlineData("{{ upper (index .Payload.After \"missing\") }}", "template: :1:10: executing \"\" at <index .Payload.After \"missing\">: invalid value; expected string")]
    [InlineData("{{ upper 3 }}", "template: :1:9: executing \"\" at <3>: expected string; found 3")]
    [InlineData("{{ repeat 1.5 \"x\" }}", "template: :1:10: executing \"\" at <1.5>: expected integer; found 1.5")]
    [InlineData("{{ get .Metadata \"zone\" }}", "template: :1:7: executing \"\" at <.Metadata>: wrong type for value; expected map[string]interface {}; got opencdc.Metadata")]
    [InlineData("{{ index .Payload.After.tags 5 }}", "template: :1:3: executing \"\" at <index .Payload.After.tags 5>: error calling index: index out of range: 5")]
    [InlineData("{{ index .Payload.After 1 }}", "template: :1:3: executing \"\" at <index .Payload.After 1>: error calling index: value has type int; should be string")]
    [InlineData("{{ index .Payload.Before 1 }}", "template: :1:3: executing \"\" at <index .Payload.Before 1>: error calling index: index of untyped nil")]
    [InlineData("{{ eq .Payload.After.age 36 }}", "template: :1:3: executing \"\" at <eq .Payload.After.age 36>: error calling eq: incompatible types for comparison")]
    [InlineData("{{ eq 1 }}", "template: :1:3: executing \"\" at <eq 1>: error calling eq: missing argument for comparison")]
    [InlineData("{{ eq .Key .Key }}", "template: :1:3: executing \"\" at <eq .Key .Key>: error calling eq: non-comparable types map[id:7]: opencdc.StructuredData, opencdc.StructuredData: map[id:7]")]
    [InlineData("{{ lt true false }}", "template: :1:3: executing \"\" at <lt true false>: error calling lt: invalid type for comparison")]
    [InlineData("{{ eq .Key nil }}", "template: :1:11: executing \"\" at <nil>: cannot assign nil to reflect.Value")]
    [InlineData("{{ div 1 0 }}", "template: :1:3: executing \"\" at <div 1 0>: error calling div: runtime error: integer divide by zero")]
    [InlineData("{{ len 3 }}", "template: :1:3: executing \"\" at <len 3>: error calling len: len of type int")]
    [InlineData("{{ len .Payload.Before }}", "template: :1:3: executing \"\" at <len .Payload.Before>: error calling len: len of nil pointer")]
    [InlineData("{{ range .Payload.Before }}{{ end }}", "template: :1:9: executing \"\" at <.Payload.Before>: range can't iterate over <nil>")]
    [InlineData("{{ range . }}{{ end }}", "template: :1:9: executing \"\" at <.>: range can't iterate over {pos-1 update map[opencdc.collection:users zone:eu] map[id:7] {<nil> map[active:true address:map[city:Paris zip:75001] age:36 big:1.234567e+06 html:<b>&</b> name:Ada nothing:<nil> ratio:0.25 tags:[a b]]} <nil>}")]
    [InlineData("{{ nil }}", "template: :1:3: executing \"\" at <nil>: nil is not a command")]
    [InlineData("{{ .Payload.After.name \"x\" }}", "template: :1:3: executing \"\" at <.Payload.After.name>: name is not a method but has arguments")]
    [InlineData("{{ .Operation \"x\" }}", "template: :1:3: executing \"\" at <.Operation>: Operation has arguments but cannot be invoked as function")]
    [InlineData("{{ \"x\" | .Operation.String }}", "template: :1:9: executing \"\" at <.Operation.String>: wrong number of args for String: want 0 got 1")]
    [InlineData("{{ \"x\" 1 }}", "template: :1:3: executing \"\" at <\"x\">: can't give argument to non-function \"x\"")]
    [InlineData("{{ upper }}", "template: :1:3: executing \"\" at <upper>: wrong number of args for upper: want 1 got 0")]
    [InlineData("{{ printf }}", "template: :1:3: executing \"\" at <printf>: wrong number of args for printf: want at least 1 got 0")]
    [InlineData("{{ b64dec \"!!\" }}", "template: :1:3: executing \"\" at <b64dec \"!!\">: error calling b64dec: illegal base64 data in \"!!\"")]
    [InlineData("{{ printf \"%[1]d\" 1 }}", "template: :1:3: executing \"\" at <printf \"%[1]d\" 1>: error calling printf: printf: argument indexes are not supported")]
    [InlineData("{{ printf \"%#v\" 1 }}", "template: :1:3: executing \"\" at <printf \"%#v\" 1>: error calling printf: printf: %#v is not supported")]
    [InlineData("{{ range 2 }}\n  {{ .Nope }}{{ end }}", "template: :2:5: executing \"\" at <.Nope>: can't evaluate field Nope in type int")]
    [InlineData("{{ repeat -1 \"x\" }}", "template: :1:3: executing \"\" at <repeat -1 \"x\">: error calling repeat: strings: negative Repeat count")]
    public void Execute_FailingTemplate_ThrowsGoShapedError(string template, string expected) =>
        Assert.Equal(expected, TemplateFixture.RunError(template));

    [Fact]
    public void Execute_InvalidJsonInFromJson_FailsTheRecord()
    {
        // Act
        var message = TemplateFixture.RunError("{{ fromJson \"{\" }}");

        // Assert
        Assert.StartsWith("template: :1:3: executing \"\" at <fromJson \"{\">: error calling fromJson: invalid JSON: ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_UnsupportedValueInToJson_FailsTheRecordNamingTheField()
    {
        // Arrange
        var record = TemplateFixture.Record();
        ((StructuredData)record.Payload.After!)["when"] = DateTime.UnixEpoch;
        var serializer = RecordFormats.Default.Configure("template", "{{ toJson .Payload.After }}");

        // Act
        var error = Assert.Throws<RecordSerializationException>(() => serializer.Serialize(record));

        // Assert
        Assert.StartsWith(
            "record format \"template\": template: :1:3: executing \"\" at <toJson .Payload.After>: error calling toJson: json: Structured data field 'when': type System.DateTime is not supported",
            error.Message,
            StringComparison.Ordinal);
    }
}
