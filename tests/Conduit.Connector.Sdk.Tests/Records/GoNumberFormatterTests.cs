using System.Text;
using Conduit.Connector.Sdk.Records.Json;

namespace Conduit.Connector.Sdk.Tests.Records;

public sealed class GoNumberFormatterTests
{
    // Expected strings are what Go's encoding/json writes for the same float64 values.
    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(-1.0, "-1")]
    [InlineData(1.2, "1.2")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(100.0, "100")]
    [InlineData(123456789.125, "123456789.125")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(123456789012345678901.0, "123456789012345680000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e21, "1.5e+21")]
    [InlineData(-2.5e300, "-2.5e+300")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.0000012345, "0.0000012345")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(-1.5e-7, "-1.5e-7")]
    [InlineData(1.25e-10, "1.25e-10")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(0.0, "0")]
    [InlineData(-0.0, "-0")]
    [InlineData(9007199254740993.0, "9007199254740992")]
    public void Format_Double_MatchesGo(double value, string expected)
    {
        Assert.Equal(expected, Format(value, single: false));
    }

    // Go formats float32 with its own shortest digits: float32(2.7) is "2.7", not "2.700000047683716".
    [Theory]
    [InlineData(2.7f, "2.7")]
    [InlineData(1.2f, "1.2")]
    [InlineData(16777216f, "16777216")]
    [InlineData(1e21f, "1e+21")]
    [InlineData(1e-7f, "1e-7")]
    [InlineData(3.4028235e38f, "3.4028235e+38")]
    public void Format_Single_MatchesGoFloat32(float value, string expected)
    {
        Assert.Equal(expected, Format(value, single: true));
    }

    private static string Format(double value, bool single)
    {
        Span<byte> buffer = stackalloc byte[GoNumberFormatter.MaxLength];
        var length = GoNumberFormatter.Format(value, single, buffer);
        return Encoding.ASCII.GetString(buffer[..length]);
    }
}
