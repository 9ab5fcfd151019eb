namespace Conduit.Connector.Sdk.Tests.Records;

public sealed class RecordTests
{
    [Fact]
    public void NewCreate_SetsOperationAfterAndReadAt()
    {
        // Arrange
        var before = DateTimeOffset.UtcNow.AddTicks(-1);
        var key = RawData.FromString("k1");
        var after = new StructuredData { ["id"] = 1 };

        // Act
        var record = Record.NewCreate(Position.FromString("p1"), key, after, new Dictionary<string, string> { ["custom"] = "x" });

        // Assert
        Assert.Equal(Operation.Create, record.Operation);
        Assert.Equal(Position.FromString("p1"), record.Position);
        Assert.Same(key, record.Key);
        Assert.Null(record.Payload.Before);
        Assert.Same(after, record.Payload.After);
        Assert.Equal("x", record.Metadata["custom"]);
        var readAt = record.Metadata.GetReadAt();
        Assert.NotNull(readAt);
        Assert.InRange(readAt.Value, before, DateTimeOffset.UtcNow.AddTicks(1));
    }

    [Fact]
    public void NewSnapshotUpdateDelete_SetTheRightSides()
    {
        var key = RawData.FromString("k");
        var a = RawData.FromString("a");
        var b = RawData.FromString("b");

        var snapshot = Record.NewSnapshot(Position.FromString("1"), key, a);
        var update = Record.NewUpdate(Position.FromString("2"), key, a, b);
        var delete = Record.NewDelete(Position.FromString("3"), key, a);

        Assert.Equal((Operation.Snapshot, (Data?)null, (Data?)a), (snapshot.Operation, snapshot.Payload.Before, snapshot.Payload.After));
        Assert.Equal((Operation.Update, (Data?)a, (Data?)b), (update.Operation, update.Payload.Before, update.Payload.After));
        Assert.Equal((Operation.Delete, (Data?)a, (Data?)null), (delete.Operation, delete.Payload.Before, delete.Payload.After));
        Assert.All([snapshot, update, delete], r => Assert.NotNull(r.Metadata.GetReadAt()));
    }

    [Fact]
    public void NewCreate_MetadataArgument_IsCopiedNotMutated()
    {
        var metadata = new Metadata { ["a"] = "1" };

        var record = Record.NewCreate(Position.Empty, null, null, metadata);

        Assert.Single(metadata);
        Assert.NotSame(metadata, record.Metadata);
        Assert.Equal(2, record.Metadata.Count);
    }

    [Fact]
    public void Clone_Unchanged_EqualsOriginal()
    {
        var original = NewRecord();

        var copy = original.Clone();

        Assert.Equal(original, copy);
        Assert.Equal(original.GetHashCode(), copy.GetHashCode());
        Assert.NotSame(original.Metadata, copy.Metadata);
        Assert.NotSame(original.Payload, copy.Payload);
        Assert.Same(original.Key, copy.Key); // raw data is immutable and shared
    }

    [Fact]
    public void Clone_MutatingTheCopy_LeavesTheOriginalAlone()
    {
        // Arrange
        var original = NewRecord();
        var copy = original.Clone();

        // Act
        copy.Metadata["opencdc.collection"] = "other";
        ((StructuredData)copy.Payload.After!)["name"] = "changed";
        ((List<object?>)((StructuredData)copy.Payload.After!)["tags"]!).Add("new");
        copy.Payload.Before = null;
        copy.Operation = Operation.Delete;

        // Assert
        Assert.Equal(NewRecord(), original);
        Assert.NotEqual(original, copy);
    }

    [Fact]
    public void Equals_DifferentInAnyPart_NotEqual()
    {
        var baseline = NewRecord();

        Assert.NotEqual(baseline, Mutate(r => r.Position = Position.FromString("other")));
        Assert.NotEqual(baseline, Mutate(r => r.Operation = Operation.Snapshot));
        Assert.NotEqual(baseline, Mutate(r => r.Metadata["extra"] = "1"));
        Assert.NotEqual(baseline, Mutate(r => r.Key = null));
        Assert.NotEqual(baseline, Mutate(r => r.Payload.Before = RawData.FromString("x")));
        Assert.NotEqual(baseline, Mutate(r => ((StructuredData)r.Payload.After!)["age"] = 31));
        Assert.Equal(baseline, Mutate(r => ((StructuredData)r.Payload.After!)["age"] = 30.0));

        static Record Mutate(Action<Record> change)
        {
            var record = NewRecord();
            change(record);
            return record;
        }
    }

    [Fact]
    public void Payload_SetNull_Throws()
    {
        var record = new Record();

        Assert.Throws<ArgumentNullException>(() => record.Payload = null!);
    }

    [Fact]
    public void New_Defaults_CreateWithEmptyParts()
    {
        var record = new Record();

        Assert.Equal(Operation.Create, record.Operation);
        Assert.True(record.Position.IsEmpty);
        Assert.Empty(record.Metadata);
        Assert.Null(record.Key);
        Assert.Equal(new Change(), record.Payload);
    }

    private static Record NewRecord() => new()
    {
        Position = Position.FromString("p-7"),
        Operation = Operation.Update,
        Metadata = { ["opencdc.collection"] = "users" },
        Key = RawData.FromString("7"),
        Payload = new Change(
            RawData.FromString("old"),
            new StructuredData { ["name"] = "Ada", ["age"] = 30, ["tags"] = new List<object?> { "x" } }),
    };
}
