using Conduit.Connector.Sdk.Configuration.GoSyntax;

namespace Conduit.Connector.Sdk.Tests.Configuration.GoSyntax;

public class GoDurationTests
{
    private const long Ns = 1;
    private const long Us = 1000 * Ns;
    private const long Ms = 1000 * Us;
    private const long S = 1000 * Ms;
    private const long M = 60 * S;
    private const long H = 60 * M;

    // Go's time.ParseDuration test table.
    public static TheoryData<string, long> Valid => new()
    {
        { "0", 0 },
        { "5s", 5 * S },
        { "30s", 30 * S },
        { "1478s", 1478 * S },
        { "-5s", -5 * S },
        { "+5s", 5 * S },
        { "-0", 0 },
        { "+0", 0 },
        { "5.0s", 5 * S },
        { "5.6s", (5 * S) + (600 * Ms) },
        { "5.s", 5 * S },
        { ".5s", 500 * Ms },
        { "1.0s", 1 * S },
        { "1.00s", 1 * S },
        { "1.004s", (1 * S) + (4 * Ms) },
        { "1.0040s", (1 * S) + (4 * Ms) },
        { "100.00100s", (100 * S) + (1 * Ms) },
        { "10ns", 10 * Ns },
        { "11us", 11 * Us },
        { "12\u00B5s", 12 * Us },
        { "12\u03BCs", 12 * Us },
        { "13ms", 13 * Ms },
        { "14s", 14 * S },
        { "15m", 15 * M },
        { "16h", 16 * H },
        { "3h30m", (3 * H) + (30 * M) },
        { "10.5s4m", (4 * M) + (10 * S) + (500 * Ms) },
        { "-2m3.4s", -((2 * M) + (3 * S) + (400 * Ms)) },
        { "1h2m3s4ms5us6ns", (1 * H) + (2 * M) + (3 * S) + (4 * Ms) + (5 * Us) + (6 * Ns) },
        { "39h9m14.425s", (39 * H) + (9 * M) + (14 * S) + (425 * Ms) },
        { "52763797000ns", 52763797000 * Ns },
        { "0.3333333333333333333h", 20 * M },
        { "9007199254740993ns", (1L << 53) + 1 },
        { "9223372036854775807ns", long.MaxValue },
        { "9223372036854775.807us", long.MaxValue },
        { "9223372036s854ms775us807ns", long.MaxValue },
        { "-9223372036854775808ns", long.MinValue },
        { "-9223372036854775.808us", long.MinValue },
        { "0.100000000000000000000h", 6 * M },
        { "0.830103483285477580700h", (49 * M) + (48 * S) + (372539827 * Ns) },
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "", "time: invalid duration \"\"" },
        { "3", "time: missing unit in duration \"3\"" },
        { "-", "time: invalid duration \"-\"" },
        { "s", "time: invalid duration \"s\"" },
        { ".", "time: invalid duration \".\"" },
        { "-.", "time: invalid duration \"-.\"" },
        { ".s", "time: invalid duration \".s\"" },
        { "+.s", "time: invalid duration \"+.s\"" },
        { "1d", "time: unknown unit \"d\" in duration \"1d\"" },
        { "1.5 h", "time: unknown unit \" h\" in duration \"1.5 h\"" },
        { "9223372036854775808ns", "time: invalid duration \"9223372036854775808ns\"" },
        { "9223372036854775.808us", "time: invalid duration \"9223372036854775.808us\"" },
        { "9223372036854ms775us808ns", "time: invalid duration \"9223372036854ms775us808ns\"" },
        { "-9223372036854775809ns", "time: invalid duration \"-9223372036854775809ns\"" },
        { "3000000h", "time: invalid duration \"3000000h\"" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void TryParse_GoValidDuration_ReturnsNanoseconds(string text, long expected)
    {
        // Act
        var ok = GoDuration.TryParse(text, out var nanoseconds, out var error);

        // Assert
        Assert.True(ok, error);
        Assert.Equal(expected, nanoseconds);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void TryParse_GoInvalidDuration_ReturnsGoError(string text, string expectedError)
    {
        // Act
        var ok = GoDuration.TryParse(text, out _, out var error);

        // Assert
        Assert.False(ok);
        Assert.Equal(expectedError, error);
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(1, "1ns")]
    [InlineData(1100, "1.1\u00B5s")]
    [InlineData(2200 * Us, "2.2ms")]
    [InlineData(3300 * Ms, "3.3s")]
    [InlineData((4 * M) + (5 * S), "4m5s")]
    [InlineData((4 * M) + (5001 * Ms), "4m5.001s")]
    [InlineData((5 * H) + (6 * M) + (7001 * Ms), "5h6m7.001s")]
    [InlineData((8 * M) + 1, "8m0.000000001s")]
    [InlineData(M, "1m0s")]
    [InlineData(H, "1h0m0s")]
    [InlineData(90 * S, "1m30s")]
    [InlineData(-500 * Ms, "-500ms")]
    [InlineData(long.MaxValue, "2562047h47m16.854775807s")]
    [InlineData(long.MinValue, "-2562047h47m16.854775808s")]
    public void Format_Duration_PrintsAsGo(long nanoseconds, string expected)
    {
        // Act
        var text = GoDuration.Format(nanoseconds);

        // Assert
        Assert.Equal(expected, text);
    }
}
