package dev.jgo.build;

import dev.jgo.syntax.File;
import dev.jgo.types.Package;
import java.nio.file.Path;
import java.util.List;

/** A package found, parsed and checked: its import path, directory, syntax trees and types. */
public record LoadedPackage(String path, Path dir, List<File> files, Package types) {}
