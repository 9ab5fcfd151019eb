namespace Conduit.Connector.Sdk.Tests.Records;

public sealed class PositionTests
{
    [Fact]
    public void Equals_SameBytes_True()
    {
        // Arrange
        var a = Position.FromString("abc");
        var b = new Position("abc"u8.ToArray());
        var c = new Position(new ReadOnlyMemory<byte>("xabc"u8.ToArray(), 1, 3));

        // Act / Assert
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.True(a == c);
        Assert.Equal(a.GetHashCode(), c.GetHashCode());
        Assert.True(a != Position.FromString("abd"));
    }

    [Fact]
    public void IsEmpty_Default_True()
    {
        Assert.True(Position.Empty.IsEmpty);
        Assert.False(Position.FromString("x").IsEmpty);
        Assert.Equal(Position.Empty, new Position([]));
        Assert.Equal(Position.Empty.GetHashCode(), new Position([]).GetHashCode());
    }

    [Fact]
    public void ToString_Utf8Text()
    {
        Assert.Equal("offset:42", Position.FromString("offset:42").ToString());
        Assert.Equal(string.Empty, Position.Empty.ToString());
    }

    [Fact]
    public void ToArray_IsACopy()
    {
        var bytes = new byte[] { 1, 2 };
        var position = new Position(bytes);

        var copy = position.ToArray();
        copy[0] = 9;

        Assert.Equal(1, position.Bytes.Span[0]);
    }
}
