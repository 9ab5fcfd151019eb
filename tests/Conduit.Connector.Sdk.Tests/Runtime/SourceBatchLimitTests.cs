using Conduit.Connector.Sdk.Runtime;

namespace Conduit.Connector.Sdk.Tests.Runtime;

public sealed class SourceBatchLimitTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData("1000", 1000)]
    [InlineData("10000", 10_000)]
    public void Parse_WholeNumberInRange_IsTheLimit(string value, int expected)
    {
        // Act
        var limit = SourceBatchLimit.Parse(value);

        // Assert
        Assert.Equal(expected, limit);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("10001")]
    [InlineData("1e3")]
    [InlineData(" 100")]
    public void Parse_MissingOrInvalid_IsTheDefault(string? value)
    {
        // Act
        var limit = SourceBatchLimit.Parse(value);

        // Assert
        Assert.Equal(SourceBatchLimit.Default, limit);
    }
}
