namespace Conduit.Connector.Sdk.Tests.Formats.Template;

/// <summary>printf and the supported Sprig functions, with the output Go and Sprig give.</summary>
public sealed class TemplateFunctionTests
{
    [Theory]
    [InlineData("{{ printf \"%d\" 42 }}", "42")]
    [InlineData("{{ printf \"%5d|%-5d|%05d|%+d|% d\" 42 42 42 42 42 }}", "   42|42   |00042|+42| 42")]
    [InlineData("{{ printf \"%.2f\" .Payload.After.ratio }}", "0.25")]
    [InlineData("{{ printf \"%f|%.0f|%8.3f|\" 1.5 2.5 3.14159 }}", "1.500000|2|   3.142|")]
    [InlineData("{{ printf \"%e|%E|%.2e\" 123456.0 0.5 0.0 }}", "1.234560e+05|5.000000E-01|0.00e+00")]
    [InlineData("{{ printf \"%g|%g|%.3g|%G\" 0.00001 100.0 1234.5678 1e21 }}", "1e-05|100|1.23e+03|1E+21")]
    [InlineData("{{ printf \"%v|%s\" .Payload.After.big .Payload.After.name }}", "1.234567e+06|Ada")]
    [InlineData("{{ printf \"%q\" \"a\\\"b\\n\" }}", "\"a\\\"b\\n\"")]
    [InlineData("{{ printf \"%v %v\" .Payload.After.active .Payload.After.nothing }}", "true <nil>")]
    [InlineData("{{ printf \"%x|%X|%x|%#x|%o|%b\" \"hi\" 255 255 255 8 5 }}", "6869|FF|ff|0xff|10|101")]
    [InlineData("{{ printf \"%t\" true }}", "true")]
    [InlineData("{{ printf \"%c|%U|%q\" 65 65 65 }}", "A|U+0041|'A'")]
    [InlineData("{{ printf \"100%%\" }}", "100%")]
    [InlineData("{{ printf \"%.3s|%6s|%-6s|\" \"abcdef\" \"ab\" \"ab\" }}", "abc|    ab|ab    |")]
    [InlineData("{{ printf \"%s\" .Position }}", "pos-1")]
    [InlineData("{{ printf \"%d\" .Operation }}", "2")]
    [InlineData("{{ printf \"%s|%v\" .Payload.After.tags .Payload.After.address }}", "[a b]|map[city:Paris zip:75001]")]
    [InlineData("{{ printf \"%T|%T|%T|%T|%T\" .Key .Payload.After.tags .Position 1 .Payload.Before }}", "opencdc.StructuredData|[]interface {}|opencdc.Position|int|<nil>")]
    public void Printf_FormatsLikeGo(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ printf \"%d\" .Payload.After.age }}", "%!d(float64=36)")]
    [InlineData("{{ printf \"%s\" 5 }}", "%!s(int=5)")]
    [InlineData("{{ printf \"%s\" .Payload.After.nothing }}", "%!s(<nil>)")]
    [InlineData("{{ printf \"%d %d\" 1 }}", "1 %!d(MISSING)")]
    [InlineData("{{ printf \"%d\" 1 2 \"x\" }}", "1%!(EXTRA int=2, string=x)")]
    [InlineData("{{ printf \"%\" }}", "%!(NOVERB)")]
    [InlineData("{{ printf \"%z\" 1 }}", "%!z(int=1)")]
    public void Printf_Mismatches_PrintGoBadVerbMarkers(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ print \"a\" 1 2 \"b\" 3 }}", "a1 2b3")]
    [InlineData("{{ println \"a\" 1 }}", "a 1\n")]
    [InlineData("{{ print .Key }}", "map[id:7]")]
    public void PrintAndPrintln_SpaceLikeGo(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ .Payload.After.name | lower }}", "ada")]
    [InlineData("{{ upper \"straße\" }}", "STRAßE")]
    [InlineData("{{ trim \"  x \\n\" }}", "x")]
    [InlineData("{{ trimPrefix \"pre-\" \"pre-fix\" }}", "fix")]
    [InlineData("{{ trimSuffix \".json\" \"a.json\" }}", "a")]
    [InlineData("{{ trimAll \"-\" \"--a--\" }}", "a")]
    [InlineData("{{ replace \"a\" \"o\" \"banana\" }}", "bonono")]
    [InlineData("{{ contains \"an\" \"banana\" }}|{{ hasPrefix \"ba\" \"banana\" }}|{{ hasSuffix \"x\" \"banana\" }}", "true|true|false")]
    [InlineData("{{ quote .Payload.After.name 1 nil }}", "\"Ada\" \"1\"")]
    [InlineData("{{ squote \"a\" }}", "'a'")]
    [InlineData("{{ cat \"a\" 1 nil \"b\" }}", "a 1 b")]
    [InlineData("{{ repeat 3 \"ab\" }}", "ababab")]
    [InlineData("{{ substr 1 3 \"hello\" }}|{{ substr -1 2 \"hello\" }}|{{ substr 2 99 \"hello\" }}", "el|he|llo")]
    [InlineData("{{ trunc 3 \"hello\" }}|{{ trunc -2 \"hello\" }}|{{ trunc 9 \"hello\" }}", "hel|lo|hello")]
    [InlineData("{{ indent 2 \"a\\nb\" }}", "  a\n  b")]
    [InlineData("{{ nindent 2 \"a\" }}", "\n  a")]
    [InlineData("{{ nospace \" a b \" }}", "ab")]
    [InlineData("{{ join \",\" .Payload.After.tags }}|{{ join \"-\" \"x\" }}", "a,b|x")]
    [InlineData("{{ splitList \",\" \"a,b\" }}", "[a b]")]
    [InlineData("{{ (split \",\" \"a,b\")._1 }}", "b")]
    [InlineData("{{ sortAlpha (list \"b\" \"a\" \"C\") }}", "[C a b]")]
    [InlineData("{{ toString .Payload.After.age }}|{{ toString .Position }}|{{ toString .Key }}", "36|pos-1|map[id:7]")]
    [InlineData("{{ b64enc \"hi\" }}|{{ b64dec \"aGk=\" }}", "aGk=|hi")]
    public void StringFunctions_FollowSprig(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ default \"x\" .Payload.After.nothing }}", "x")]
    [InlineData("{{ .Payload.After.name | default \"x\" }}", "Ada")]
    [InlineData("{{ \"\" | default \"x\" }}", "x")]
    [InlineData("{{ default \"x\" }}", "x")]
    [InlineData("{{ empty .Payload.Before }}|{{ empty .Payload.After }}|{{ empty 0 }}", "true|false|true")]
    [InlineData("{{ coalesce \"\" .Payload.Before .Payload.After.name }}", "Ada")]
    [InlineData("{{ ternary \"y\" \"n\" true }}|{{ ternary \"y\" \"n\" false }}", "y|n")]
    public void DefaultFunctions_FollowSprig(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ toJson .Payload.After.address }}", "{\"city\":\"Paris\",\"zip\":\"75001\"}")]
    [InlineData("{{ toJson .Payload.After.html }}", "\"\\u003cb\\u003e\\u0026\\u003c/b\\u003e\"")]
    [InlineData("{{ toRawJson .Payload.After.html }}", "\"<b>&</b>\"")]
    [InlineData("{{ toPrettyJson .Payload.After.address }}", "{\n  \"city\": \"Paris\",\n  \"zip\": \"75001\"\n}")]
    [InlineData("{{ toPrettyJson (list) }}|{{ toPrettyJson (dict \"a\" (list 1)) }}", "[]|{\n  \"a\": [\n    1\n  ]\n}")]
    [InlineData("{{ toJson .Key }}|{{ toJson .Position }}|{{ toJson .Operation }}", "{\"id\":7}|\"cG9zLTE=\"|\"update\"")]
    [InlineData("{{ toJson .Metadata }}", "{\"opencdc.collection\":\"users\",\"zone\":\"eu\"}")]
    [InlineData("{{ toJson .Payload.After.big }}|{{ toJson 1 }}|{{ toJson nil }}|{{ toJson .Payload.Before }}", "1234567|1|null|null")]
    [InlineData("{{ toJson .Payload }}", "{\"before\":null,\"after\":{\"active\":true,\"address\":{\"city\":\"Paris\",\"zip\":\"75001\"},\"age\":36,\"big\":1234567,\"html\":\"\\u003cb\\u003e\\u0026\\u003c/b\\u003e\",\"name\":\"Ada\",\"nothing\":null,\"ratio\":0.25,\"tags\":[\"a\",\"b\"]}}")]
    [InlineData("{{ (fromJson \"{\\\"a\\\":[1,2.5]}\").a }}", "[1 2.5]")]
    [InlineData("{{ mustToJson \"x\" }}|{{ (mustFromJson \"[true]\") }}", "\"x\"|[true]")]
    public void JsonFunctions_MatchGoEncodingJson(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ typeOf . }}|{{ typeOf .Payload }}|{{ typeOf .Metadata }}|{{ typeOf .Operation }}", "opencdc.Record|opencdc.Change|opencdc.Metadata|opencdc.Operation")]
    [InlineData("{{ typeOf .Payload.After }}|{{ typeOf .Payload.After.tags }}|{{ typeOf .Payload.After.address }}", "opencdc.StructuredData|[]interface {}|map[string]interface {}")]
    [InlineData("{{ typeOf .Payload.After.age }}|{{ typeOf 1 }}|{{ typeOf .Payload.Before }}|{{ typeOf (splitList \",\" \"a\") }}", "float64|int|<nil>|[]string")]
    [InlineData("{{ typeIs \"opencdc.StructuredData\" .Key }}|{{ typeIs \"opencdc.RawData\" .Key }}", "true|false")]
    [InlineData("{{ kindOf .Payload.After }}|{{ kindOf .Payload.After.tags }}|{{ kindOf . }}|{{ kindOf nil }}|{{ kindOf .Position }}", "map|slice|struct|invalid|slice")]
    [InlineData("{{ kindIs \"slice\" .Payload.After.tags }}|{{ kindIs \"string\" 1 }}", "true|false")]
    public void TypeFunctions_NameGoTypes(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ (dict \"a\" 1 \"b\" \"x\").b }}|{{ dict \"k\" }}", "x|map[k:]")]
    [InlineData("{{ list 1 \"a\" nil }}", "[1 a <nil>]")]
    [InlineData("{{ get .Payload.After \"name\" }}|{{ get .Payload.After \"missing\" }}|{{ get .Payload.After.address \"zip\" }}", "Ada||75001")]
    [InlineData("{{ hasKey .Payload.After \"name\" }}|{{ hasKey .Payload.After \"x\" }}", "true|false")]
    [InlineData("{{ keys .Payload.After.address }}|{{ keys .Payload.After.address (dict \"b\" 1) }}", "[city zip]|[b city zip]")]
    public void ListAndDictFunctions_FollowSprig(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));

    [Theory]
    [InlineData("{{ atoi \"42\" }}|{{ atoi \"x\" }}", "42|0")]
    [InlineData("{{ int .Payload.After.age }}|{{ int64 \"0x10\" }}|{{ int \"2.0\" }}|{{ int \"2.5\" }}|{{ int true }}", "36|16|2|0|1")]
    [InlineData("{{ float64 \"1.5\" }}|{{ float64 2 }}", "1.5|2")]
    [InlineData("{{ add 1 2 .Payload.After.age }}|{{ add1 1 }}|{{ sub 5 7 }}|{{ mul 2 3 4 }}|{{ div 7 2 }}|{{ mod -7 2 }}", "39|2|-2|24|3|-1")]
    public void NumberFunctions_CastLikeSprig(string template, string expected) => Assert.Equal(expected, TemplateFixture.Run(template));
}
