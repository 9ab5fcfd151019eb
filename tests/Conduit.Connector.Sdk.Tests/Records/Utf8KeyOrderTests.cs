using Conduit.Connector.Sdk.Records.Json;

namespace Conduit.Connector.Sdk.Tests.Records;

public sealed class Utf8KeyOrderTests
{
    [Fact]
    public void Sort_MixedKeys_FollowsUtf8ByteOrderLikeGo()
    {
        // Arrange: U+FF5E (3 UTF-8 bytes, EF BD 9E) sorts before U+1F600 (4 bytes, F0 ...) in UTF-8,
        // although its UTF-16 unit (0xFF5E) is above the surrogate 0xD83D.
        string[] keys = ["\U0001F600", "\uFF5E", "b", "a", "ab", "B", ""];

        // Act
        Array.Sort(keys, Utf8KeyOrder.Instance);

        // Assert
        Assert.Equal(["", "B", "a", "ab", "b", "\uFF5E", "\U0001F600"], keys);
    }
}
