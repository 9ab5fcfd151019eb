namespace Conduit.Connector.Sdk.Tests.Records;

public sealed class PositionTests
{
    [Fact]
    public void Equals_SameBytes_True()
    {
        // Arrange
        var a = Position.FromString("abc");
        var b = new Position("abc"u8.ToArray());

        // Act / Assert
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void IsEmpty_Default_True()
    {
        Assert.True(Position.Empty.IsEmpty);
        Assert.False(Position.FromString("x").IsEmpty);
        Assert.Equal(Position.Empty, new Position([]));
    }
}
