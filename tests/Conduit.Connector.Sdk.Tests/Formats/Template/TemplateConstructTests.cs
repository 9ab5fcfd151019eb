namespace Conduit.Connector.Sdk.Tests.Formats.Template;

/// <summary>The template language construct by construct, with the output Go's text/template gives.</summary>
public sealed class TemplateConstructTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("{{ .Operation }}", "update")]
    [InlineData("{{ .Position }}", "pos-1")]
    [InlineData("{{ .Payload.After.name }}", "Ada")]
    [InlineData("{{ .Payload.After.address.city }}", "Paris")]
    [InlineData("{{ .Key }}", "map[id:7]")]
    [InlineData("{{ .Payload.Before }}", "<nil>")]
    [InlineData("{{ .Payload.After.nothing }}", "<no value>")]
    [InlineData("{{ .Payload.After.tags }}", "[a b]")]
    [InlineData("{{ .Payload.After.address }}", "map[city:Paris zip:75001]")]
    [InlineData("{{ .Payload }}", "{<nil> map[active:true address:map[city:Paris zip:75001] age:36 big:1.234567e+06 html:<b>&</b> name:Ada nothing:<nil> ratio:0.25 tags:[a b]]}")]
    public void FieldAccess_PrintsLikeGo(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ .Payload.After.age }}", "36")]
    [InlineData("{{ .Payload.After.big }}", "1.234567e+06")]
    [InlineData("{{ .Payload.After.ratio }}", "0.25")]
    [InlineData("{{ 0.00001 }}", "1e-05")]
    [InlineData("{{ 100000.0 }}", "100000")]
    [InlineData("{{ 1000000.0 }}", "1e+06")]
    [InlineData("{{ -0.5 }}", "-0.5")]
    public void Floats_PrintWithGoPercentV(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("a  {{- .Operation -}}  b", "aupdateb")]
    [InlineData("a\n\t{{- .Operation }}\n", "aupdate\n")]
    [InlineData("a {{- /* comment */ -}} b", "ab")]
    [InlineData("a{{/* a\nmultiline comment */}}b", "ab")]
    [InlineData("{{-3}}", "-3")]
    [InlineData("{{ 3 -}} {{- 4 }}", "34")]
    public void TrimMarkersAndComments_WorkLikeGo(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ 3 }}", "3")]
    [InlineData("{{ 1.5 }}", "1.5")]
    [InlineData("{{ 1e3 }}", "1000")]
    [InlineData("{{ 0x1F }}", "31")]
    [InlineData("{{ 0b101 }}", "5")]
    [InlineData("{{ 1_000 }}", "1000")]
    [InlineData("{{ 'a' }}", "97")]
    [InlineData("{{ \"a\\tb\\u00e9\\x41\" }}", "a\tbéA")]
    [InlineData("{{ `raw\\n` }}", "raw\\n")]
    [InlineData("{{ true }}", "true")]
    public void Literals_EvaluateLikeGo(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ $x := .Payload.After.name }}{{ $x }}", "Ada")]
    [InlineData("{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}", "2")]
    [InlineData("{{ $x := 1 }}{{ if true }}{{ $x := 2 }}{{ $x }}{{ end }}{{ $x }}", "21")]
    [InlineData("{{ with .Payload.After }}{{ $.Operation }}:{{ .name }}{{ end }}", "update:Ada")]
    [InlineData("{{ $a := .Payload.After }}{{ $a.address.zip }}", "75001")]
    [InlineData("{{ $b := .Payload.Before }}{{ $b }}", "<nil>")]
    public void Variables_HaveGoScopes(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ if .Payload.After.active }}yes{{ else }}no{{ end }}", "yes")]
    [InlineData("{{ if .Payload.Before }}b{{ else if .Payload.After }}a{{ else }}none{{ end }}", "a")]
    [InlineData("{{ if .Payload.Before }}b{{ else if not .Payload.After }}a{{ else }}none{{ end }}", "none")]
    [InlineData("{{ if eq .Operation 2 }}second{{ end }}", "second")]
    [InlineData("{{ if \"\" }}x{{ else }}empty string is false{{ end }}", "empty string is false")]
    [InlineData("{{ if 0.0 }}x{{ else }}zero is false{{ end }}", "zero is false")]
    [InlineData("{{ if .Payload.After.tags }}non-empty list{{ end }}", "non-empty list")]
    [InlineData("{{ and .Payload.After .Payload.Before }}", "<nil>")]
    [InlineData("{{ and 1 0 2 }}", "0")]
    [InlineData("{{ and 1 2 }}", "2")]
    [InlineData("{{ or .Payload.Before \"fallback\" }}", "fallback")]
    [InlineData("{{ or 0 \"\" }}", "")]
    [InlineData("{{ not .Payload.Before }}", "true")]
    [InlineData("{{ or true .Payload.After.missing }}", "true")]
    public void IfAndLogic_FollowGoTruth(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ range .Payload.After.tags }}[{{ . }}]{{ end }}", "[a][b]")]
    [InlineData("{{ range $i, $t := .Payload.After.tags }}{{ $i }}={{ $t }};{{ end }}", "0=a;1=b;")]
    [InlineData("{{ range $t := .Payload.After.tags }}{{ $t }}{{ end }}", "ab")]
    [InlineData("{{ range $k, $v := .Payload.After.address }}{{ $k }}:{{ $v }} {{ end }}", "city:Paris zip:75001 ")]
    [InlineData("{{ range $k, $v := .Metadata }}{{ $k }};{{ end }}", "opencdc.collection;zone;")]
    [InlineData("{{ range (index .Payload.After \"missing\") }}x{{ else }}empty{{ end }}", "empty")]
    [InlineData("{{ range list }}x{{ else }}none{{ end }}", "none")]
    [InlineData("{{ range 3 }}{{ . }}{{ end }}", "012")]
    [InlineData("{{ range .Payload.After.tags }}{{ if eq . \"a\" }}{{ continue }}{{ end }}{{ . }}{{ end }}", "b")]
    [InlineData("{{ range .Payload.After.tags }}{{ . }}{{ break }}{{ end }}", "a")]
    [InlineData("{{ range .Position }}{{ . }},{{ end }}", "112,111,115,45,49,")]
    [InlineData("{{ $n := 0 }}{{ range .Payload.After.tags }}{{ $n = add1 $n }}{{ end }}{{ $n }}", "2")]
    public void Range_IteratesLikeGo(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ with .Payload.Before }}x{{ else }}none{{ end }}", "none")]
    [InlineData("{{ with .Payload.Before }}x{{ else with .Payload.After }}{{ .name }}{{ end }}", "Ada")]
    [InlineData("{{ with $c := .Metadata }}{{ index $c \"zone\" }}{{ end }}", "eu")]
    public void With_SetsDot(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ .Payload.After.name | upper }}", "ADA")]
    [InlineData("{{ .Payload.After.name | printf \"%s!\" }}", "Ada!")]
    [InlineData("{{ \"x\" | printf \"%s-%s\" \"a\" }}", "a-x")]
    [InlineData("{{ (index .Payload.After \"address\").city }}", "Paris")]
    [InlineData("{{ .Payload.After.name | len }}", "3")]
    [InlineData("{{ .Payload.After.name | upper | lower | printf \"%q\" }}", "\"ada\"")]
    [InlineData("{{ (.Payload.After.name) }}", "Ada")]
    public void Pipelines_PassTheValueAsTheLastArgument(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ .Operation.String }}", "update")]
    [InlineData("{{ .Position.String }}", "pos-1")]
    [InlineData("{{ printf \"%s\" .Key.Bytes }}", "{\"id\":7}")]
    [InlineData("{{ .Key.Clone }}", "map[id:7]")]
    public void Methods_OfGoTypes_CanBeCalled(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ index .Metadata \"opencdc.collection\" }}", "users")]
    [InlineData("{{ index .Metadata \"missing\" }}", "")]
    [InlineData("{{ index .Payload.After \"missing\" }}", "<no value>")]
    [InlineData("{{ index .Payload.After.tags 1 }}", "b")]
    [InlineData("{{ index .Payload.After \"address\" \"city\" }}", "Paris")]
    [InlineData("{{ index \"abc\" 1 }}", "98")]
    [InlineData("{{ len .Payload.After.tags }}", "2")]
    [InlineData("{{ len .Payload.After }}", "9")]
    [InlineData("{{ len \"é\" }}", "2")]
    [InlineData("{{ len .Position }}", "5")]
    public void IndexAndLen_WorkLikeGo(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ eq .Payload.After.name \"Ada\" }}", "true")]
    [InlineData("{{ eq 1 2 1 }}", "true")]
    [InlineData("{{ eq .Payload.After.age 36.0 }}", "true")]
    [InlineData("{{ eq .Payload.After.nothing \"x\" }}", "false")]
    [InlineData("{{ ne 1 2 }}", "true")]
    [InlineData("{{ lt 1 2 }}", "true")]
    [InlineData("{{ le 2 2 }}", "true")]
    [InlineData("{{ gt \"b\" \"a\" }}", "true")]
    [InlineData("{{ ge 1.5 2.5 }}", "false")]
    [InlineData("{{ lt -1 (len .Payload.After.tags) }}", "true")]
    public void Comparisons_WorkOnBasicKinds(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));
}
