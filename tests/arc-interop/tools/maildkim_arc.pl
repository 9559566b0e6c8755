#!/usr/bin/perl
# Mail::DKIM (Debian's libmail-dkim-perl) as ARC sealer and verifier of the ARC interoperability corpus.
#
#   maildkim_arc.pl seal < JOB.json            adds one ARC set to JOB->{message}, writes JOB->{out}
#   maildkim_arc.pl verify KEYS.json FILE...   one JSON line per file: Mail::DKIM's chain verdict
#
# A seal JOB: {"message", "out", "domain", "selector", "key", "srv_id", "timestamp",
#              "force_cv": null | "pass"}. Mail::DKIM::ARC::Signer takes cv= from the arc= result of
# the Authentication-Results of srv_id (Chain => 'ar'); force_cv passes Chain => 'pass' instead.
#
# DNS never leaves the process: Mail::DKIM::DNS::query is replaced by a look-up in KEYS.json
# (tools/zone.py json). The verifier is Mail::DKIM::ARC::Verifier in its default mode (Strict off).
use strict;
use warnings;

use JSON::PP;
use Mail::DKIM::PrivateKey;
use Mail::DKIM::ARC::Signer;
use Mail::DKIM::ARC::Verifier;
use Mail::DKIM::DNS;
use Net::DNS;

my $json = JSON::PP->new->canonical;

sub slurp {
    my ($path) = @_;
    open my $fh, '<:raw', $path or die "$path: $!\n";
    local $/;
    my $data = <$fh>;
    close $fh;
    return $data;
}

sub seal {
    my $job     = $json->decode( do { local $/; <STDIN> } );
    my $message = slurp( $job->{message} );
    my $signer  = Mail::DKIM::ARC::Signer->new(
        Algorithm => 'rsa-sha256',
        Domain    => $job->{domain},
        Selector  => $job->{selector},
        SrvId     => $job->{srv_id},
        Key       => Mail::DKIM::PrivateKey->load( File => $job->{key} ),
        Chain     => ( $job->{force_cv} // 'ar' ),
        Timestamp => $job->{timestamp},
    );
    $signer->PRINT($message);
    $signer->CLOSE;
    die "Mail::DKIM did not seal $job->{message}: $signer->{result} ($signer->{details})\n"
      unless $signer->{result} eq 'sealed';
    my $set = $signer->as_string;
    $set =~ s/\015?\012/\015\012/g;
    open my $out, '>:raw', $job->{out} or die "$job->{out}: $!\n";
    print {$out} $set . $message;
    close $out;
}

sub verify {
    my ( $keyfile, @files ) = @_;
    my $keys = $json->decode( slurp($keyfile) );
    no warnings 'redefine';
    *Mail::DKIM::DNS::query = sub {
        my ( $domain, $type ) = @_;
        my $name = lc($domain);
        $name =~ s/\.?$/./;
        my $records = $keys->{$name};
        if ( uc($type) ne 'TXT' || !$records ) {
            $@ = 'NXDOMAIN';
            return;
        }
        $@ = 'NOERROR';
        return map { Net::DNS::RR->new( name => $domain, type => 'TXT', txtdata => [@$_] ) } @$records;
    };
    for my $path (@files) {
        my $arc = Mail::DKIM::ARC::Verifier->new();
        my $ok  = eval { $arc->PRINT( slurp($path) ); $arc->CLOSE; 1 };
        if ( !$ok ) {
            print $json->encode( { file => $path, word => 'error', detail => "Mail::DKIM died: $@" } ), "\n";
            next;
        }
        my $word = $arc->result // 'none';
        my $detail = $arc->result_detail // $word;
        $detail =~ s/\s+/ /g;
        print $json->encode( { file => $path, word => $word, detail => "Mail::DKIM $detail" } ), "\n";
    }
}

my $mode = shift @ARGV // '';
if    ( $mode eq 'seal' )   { seal() }
elsif ( $mode eq 'verify' ) { verify(@ARGV) }
else                        { die "usage: maildkim_arc.pl seal < JOB.json | verify KEYS.json FILE...\n" }
