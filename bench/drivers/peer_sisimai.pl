#!/usr/bin/perl
# The sisimai peer of `make bench`: reads every file of the folders given (or
# the files given) with Sisimai->make and prints one line per result: the file,
# the recipient, the reason, the status and the reply code.
use strict;
use warnings;
use Sisimai;

binmode STDOUT, ':encoding(UTF-8)';

sub files {
    my $path = shift;
    return ($path) unless -d $path;
    opendir(my $dh, $path) or die "$path: $!";
    my @names = sort grep { !/^\./ } readdir($dh);
    closedir($dh);
    return map { files("$path/$_") } @names;
}

for my $file (map { files($_) } @ARGV) {
    my $results = Sisimai->make($file, 'delivered' => 1, 'vacation' => 1) || [];
    for my $e (@$results) {
        print join("\t", $file, $e->recipient->address, $e->reason,
                   $e->deliverystatus // '', $e->replycode // ''), "\n";
    }
}
