using Conduit.Connector.Sdk.Configuration.GoSyntax;

namespace Conduit.Connector.Sdk.Tests.Configuration.GoSyntax;

public class GoScalarTests
{
    [Theory]
    [InlineData("1", true)]
    [InlineData("t", true)]
    [InlineData("T", true)]
    [InlineData("TRUE", true)]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("0", false)]
    [InlineData("f", false)]
    [InlineData("F", false)]
    [InlineData("FALSE", false)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    public void BoolTryParse_GoBoolean_Parses(string text, bool expected)
    {
        Assert.True(GoBool.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yes")]
    [InlineData("tRUE")]
    [InlineData("2")]
    [InlineData(" true")]
    [InlineData("on")]
    public void BoolTryParse_NotGoBoolean_Fails(string text)
    {
        Assert.False(GoBool.TryParse(text, out _));
    }

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("1", 1L)]
    [InlineData("-1", -1L)]
    [InlineData("+5", 5L)]
    [InlineData("-0", 0L)]
    [InlineData("007", 7L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void IntegerTryParse_GoAtoiSyntax_Parses(string text, long expected)
    {
        Assert.True(GoInteger.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1_000")]
    [InlineData("0x10")]
    [InlineData("1.0")]
    [InlineData("1e3")]
    [InlineData("\u0663")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    public void IntegerTryParse_NotGoAtoiSyntax_Fails(string text)
    {
        Assert.False(GoInteger.TryParse(text, out _));
    }

    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("1.5", 1.5)]
    [InlineData("-1.5", -1.5)]
    [InlineData("+.5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("1e10", 1e10)]
    [InlineData("1E-3", 0.001)]
    [InlineData("1e-400", 0.0)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("+Inf", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("NaN", double.NaN)]
    [InlineData("nan", double.NaN)]
    public void FloatTryParse_GoParseFloatSyntax_Parses(string text, double expected)
    {
        Assert.True(GoFloat.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("e5")]
    [InlineData("1e")]
    [InlineData("1_000")]
    [InlineData("0x1p-2")]
    [InlineData("1e400")]
    [InlineData("+nan")]
    [InlineData("in")]
    [InlineData("1.5.5")]
    [InlineData(" 1")]
    [InlineData("1,5")]
    public void FloatTryParse_NotGoParseFloatSyntax_Fails(string text)
    {
        Assert.False(GoFloat.TryParse(text, out _));
    }

    [Theory]
    [InlineData(10.0, "10")]
    [InlineData(-1.0, "-1")]
    [InlineData(0.5, "0.5")]
    [InlineData(65536.0, "65536")]
    [InlineData(1e21, "1000000000000000000000")]
    [InlineData(1.5e-7, "0.00000015")]
    public void FormatFixed_Number_PrintsAsGoFormatFloatF(double value, string expected)
    {
        Assert.Equal(expected, GoFloat.FormatFixed(value));
    }

    [Theory]
    [InlineData(789.0, false, "789")]
    [InlineData(1e6, false, "1e+06")]
    [InlineData(123456.0, false, "123456")]
    [InlineData(1234567.0, false, "1.234567e+06")]
    [InlineData(0.0001, false, "0.0001")]
    [InlineData(0.00001, false, "1e-05")]
    [InlineData(0.0, false, "0")]
    [InlineData(-2.5, false, "-2.5")]
    [InlineData(0.1f, true, "0.1")]
    public void FormatGeneral_Number_PrintsAsGoPercentV(double value, bool single, string expected)
    {
        Assert.Equal(expected, GoFloat.FormatGeneral(value, single));
    }

    [Theory]
    [InlineData("abc", "\"abc\"")]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("a\nb\t", "\"a\\nb\\t\"")]
    [InlineData("\u0001", "\"\\x01\"")]
    [InlineData("\u00B5", "\"\u00B5\"")]
    public void Quote_Text_QuotesAsGo(string text, string expected)
    {
        Assert.Equal(expected, GoQuote.Quote(text));
    }
}
