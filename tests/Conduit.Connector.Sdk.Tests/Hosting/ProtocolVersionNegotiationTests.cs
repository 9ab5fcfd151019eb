using Conduit.Connector.Sdk.Hosting;

namespace Conduit.Connector.Sdk.Tests.Hosting;

public sealed class ProtocolVersionNegotiationTests
{
    [Theory]
    [InlineData("1,2")]
    [InlineData("2,1")]
    [InlineData(" 1 , 2 ")]
    [InlineData("2")]
    [InlineData("3,2,1")]
    [InlineData("x,2")]
    [InlineData(",,2,")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Negotiate_OffersContainingTwoOrNothing_ChoosesTwo(string? offered)
    {
        Assert.Equal(2, ProtocolVersionNegotiation.Negotiate(offered));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1,3")]
    [InlineData("x")]
    [InlineData("12")]
    public void Negotiate_NoCommonVersion_ThrowsNamingBothSides(string offered)
    {
        var exception = Assert.Throws<PluginStartupException>(() => ProtocolVersionNegotiation.Negotiate(offered));

        Assert.Contains($"\"{offered}\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains("PLUGIN_PROTOCOL_VERSIONS", exception.Message, StringComparison.Ordinal);
        Assert.Contains("only version 2", exception.Message, StringComparison.Ordinal);
    }
}
