using Conduit.Connector.Sdk.Testing.Handshaking;

namespace Conduit.Connector.Sdk.Testing.Tests.Handshaking;

public sealed class RawBase64Tests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("YQ", "a")]
    [InlineData("YWI", "ab")]
    [InlineData("YWJj", "abc")]
    [InlineData("YW\nJj", "abc")]
    public void Unpadded_Decoded(string text, string expected)
    {
        Assert.True(RawBase64.TryDecode(text, out var bytes, out var error), error);
        Assert.Equal(expected, System.Text.Encoding.ASCII.GetString(bytes));
    }

    [Theory]
    [InlineData("YQ==")]
    [InlineData("YWI=")]
    [InlineData("YW Jj")]
    [InlineData("YW-j")]
    [InlineData("YWJjZ")]
    public void PaddedOrIllegal_Rejected(string text)
    {
        Assert.False(RawBase64.TryDecode(text, out _, out var error));
        Assert.StartsWith("illegal base64 data", error, StringComparison.Ordinal);
    }
}
